using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Web.Pages;

/// <summary>The language switch: remembers the chosen language in a cookie and goes back to the page it came from.
/// Anonymous, since the sign-in page offers it too; anti-forgery is checked as on every Razor Pages POST.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class LanguageModel(TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (!WebCultures.IsSupported(culture))
        {
            return BadRequest();
        }

        Response.Cookies.Append(WebCultures.CookieName, WebCultures.CookieValue(culture!), new CookieOptions
        {
            Expires = clock.GetUtcNow().AddYears(1),
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
        });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
