using System.Security.Claims;
using Exchange.Hub.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Identity.WebSignIn;

/// <summary>
/// On a web page the person is whoever the web cookie says, never a bearer token: the default scheme of the host is
/// the API's bearer scheme. Set before authorization, so every page (anonymous ones too) renders and checks its
/// anti-forgery tokens for the same person.
/// </summary>
internal static class WebPrincipal
{
    public static WebApplication UseWebPrincipal(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (http.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            {
                var web = await http.AuthenticateAsync(WebAuth.CookieScheme);
                http.User = web.Succeeded ? web.Principal! : new ClaimsPrincipal(new ClaimsIdentity());
            }

            await next(http);
        });
        return app;
    }
}
