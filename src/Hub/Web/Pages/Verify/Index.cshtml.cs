using System.Globalization;
using System.Security.Claims;
using Exchange.Hub.Credentials;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Security.RateLimiting;
using Exchange.Hub.Web.Verification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Web.Pages.Verify;

/// <summary>
/// The page a share link opens, on any hub and for anyone holding it: the credential resolved with the learner's
/// code (a peer's over federation, this hub being the recipient, and the signed-in university of this hub, if any,
/// the requesting institution), checked, and shown as far as its checks allow. The share grant is the learner's
/// consent: a link it does not open shows nothing of the credential.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(SharedCredentialLookup lookup, ShareCodeThrottle throttle, PeerDirectory peers, IOptions<HubOptions> hub) : PageModel
{
    public VerificationView? View { get; private set; }

    public VerificationRefusalView? Refusal { get; private set; }

    /// <remarks>The segments are optional in the route so a link cut short gets this page's message, not a bare 404.</remarks>
    public async Task<IActionResult> OnGetAsync(string? issuingHubId, string? credentialId, string? shareCode, string? framework, CancellationToken cancellationToken)
    {
        // The page names a person: no cache keeps it after the grant ends.
        Response.Headers.CacheControl = "no-store";
        if (!SharePathShape.IsWellFormed(issuingHubId, credentialId, shareCode, out var link))
        {
            return Refused(VerificationPageBuilder.NotALink());
        }

        var client = CallerPartition.Of(HttpContext).Key;
        if (throttle.IsExhausted(client, link.CredentialId))
        {
            // As the API says it: the window after which wrong codes are counted afresh.
            Response.Headers.RetryAfter = hub.Value.RateLimits.ShareCodeWindowSeconds.ToString(CultureInfo.InvariantCulture);
            return Refused(VerificationPageBuilder.Refusal(ShareLinkRefusal.TooManyAttempts));
        }

        var found = await lookup.ResolveAsync(link, RequestingInstitution(), client, cancellationToken);
        if (found.Refusal is { } refusal)
        {
            return Refused(VerificationPageBuilder.Refusal(refusal));
        }

        var own = hub.Value.Country;
        IReadOnlyList<string> countries = [own, .. peers.All.Select(p => p.Country).Where(c => c != own).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var asked = framework?.Trim().ToUpperInvariant();
        var viewer = asked is not null && countries.Contains(asked) ? asked : own;
        View = VerificationPageBuilder.Build(new VerificationPageInput(
            found.Resolved, viewer, countries, (Request.PathBase + Request.Path).ToUriComponent(), CultureInfo.CurrentCulture));
        var page = Page();
        // Nothing could be fetched: the page says so and is worth another try later.
        page.StatusCode = View.Outcome == VerificationOutcome.Unreachable ? StatusCodes.Status503ServiceUnavailable : null;
        return page;
    }

    /// <summary>A university of this hub, signed in, asks as itself (a grant may name it); anyone else as nobody.</summary>
    private string RequestingInstitution() =>
        User.Identity?.IsAuthenticated == true && User.FindFirstValue(HubClaims.Role) == HubRoles.Institution
            && User.FindFirstValue(HubClaims.Institution) is { Length: > 0 } institution ? institution : "";

    private PageResult Refused(VerificationRefusalView refusal)
    {
        Refusal = refusal;
        var page = Page();
        page.StatusCode = refusal.StatusCode;
        return page;
    }
}
