using Exchange.Hub.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Web.Pages.Account;

/// <summary>
/// Ends the web session (POST with its anti-forgery token): the web cookie goes, the hub's provider session goes, and
/// when the person signed in through OpenID Connect the provider is asked to end its session too.
/// </summary>
[AllowAnonymous]
public sealed class SignOutModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var web = await HttpContext.AuthenticateAsync(WebAuth.CookieScheme);
        await HttpContext.SignOutAsync(IdentitySchemes.ProviderCookie);
        var properties = new AuthenticationProperties { RedirectUri = IdentitySchemes.SignedOutPath };
        return web.Succeeded
            ? SignOut(properties, WebAuth.CookieScheme, WebAuth.OidcScheme)
            : LocalRedirect(IdentitySchemes.SignedOutPath);
    }
}
