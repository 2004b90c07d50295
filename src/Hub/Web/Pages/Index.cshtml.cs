using Exchange.Hub.Web.Sharing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Web.Pages;

/// <summary>
/// The hub's front page (<c>/</c>): anyone may check a credential by pasting the share link they were given (a GET
/// to <c>/check?link=…</c>, which opens the link's page on this hub, whichever hub's address it carried), and sign
/// in; a signed-in person is pointed to the pages of their role.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    /// <summary>The second route of this page: the check form's target.</summary>
    public const string CheckPath = "/check";

    public const string LinkMissing = "Paste the share link you were given.";

    public const string NotAShareLink = "This is not a share link. A share link looks like https://…/v/hub-ua/UA-CRED-…/… and comes from the learner.";

    /// <summary>What was pasted, shown again beside its error so nothing typed is lost.</summary>
    public string? Link { get; private set; }

    /// <summary>The English key of the field's error, translated by the view; null when there is none.</summary>
    public string? LinkError { get; private set; }

    public WebPerson? Person { get; private set; }

    public IActionResult OnGet(string? link)
    {
        Person = WebPerson.From(User);
        if (!Request.Path.StartsWithSegments(CheckPath, StringComparison.OrdinalIgnoreCase))
        {
            return Page();
        }

        if (ShareLink.TryParse(link, out var shared))
        {
            // The link's path on this hub, whatever host it named: any hub renders any hub's credential.
            return LocalRedirect(shared.Path);
        }

        Link = link;
        LinkError = string.IsNullOrWhiteSpace(link) ? LinkMissing : NotAShareLink;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Sign in, then straight to the pages of the person's role (their account page when the role has none).</summary>
    public IActionResult OnGetSignIn()
    {
        if (WebPerson.From(User) is { } person)
        {
            return LocalRedirect(person.Home ?? "/account");
        }

        return Challenge(new AuthenticationProperties { RedirectUri = SignInPath }, WebAuth.CookieScheme);
    }

    /// <summary>Where the landing page's sign-in link goes, and sign-in comes back to.</summary>
    public const string SignInPath = "/?handler=signin";
}
