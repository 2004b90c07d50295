using System.Globalization;
using Exchange.Hub.Grains;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Learner;
using Exchange.Hub.Web.Sharing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Web.Pages.My;

/// <summary>
/// One share of the learner's credential (/my/credentials/{credentialId}/shares/{shareId}): the https link on the
/// recipient hub's web address and its QR code (while the share is in force), who it is for, until when the link
/// works beside until when the credential is valid, the printable PDF, and Revoke. The only page besides /v itself
/// that shows a share code, and only to the learner the credential was issued to (anyone else: 404).
/// </summary>
[Authorize(Policy = WebAuth.LearnerPages)]
public sealed class ShareModel(IGrainFactory grains, IOptions<HubOptions> hub, ShareLinkAddresses addresses, TimeProvider time)
    : PageModel
{
    public ShareLinkView View { get; private set; } = null!;

    /// <summary>What the last action did, for the status line (<c>created</c>, <c>revoked</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string credentialId, string shareId) =>
        await LoadAsync(credentialId, shareId) is not null ? Page() : NotFound();

    public async Task<IActionResult> OnPostRevokeAsync(string credentialId, string shareId)
    {
        var shares = await LoadAsync(credentialId, shareId);
        return shares is not null && await ShareRevocation.RevokeAsync(grains, credentialId, shareId, shares, HttpContext.RequestAborted)
            ? Redirect(LearnerPaths.Share(credentialId, shareId) + "?done=revoked")
            : NotFound();
    }

    private async Task<SharesView?> LoadAsync(string credentialId, string shareId)
    {
        var view = await OwnCredentials.FindAsync(grains, CallerIdentity.From(User), credentialId, HttpContext.RequestAborted);
        if (view is null)
        {
            return null;
        }

        var credential = grains.Keyed<ICredentialGrain>(credentialId);
        var grants = await credential.ListShareGrantsAsync(includeInactive: true, HttpContext.RequestAborted);
        var shares = SharesView.Build(grants, credentialId, view.Issued.ExpiresAt, time.GetUtcNow());
        var share = shares.Shares.FirstOrDefault(s => string.Equals(s.ShareId, shareId, StringComparison.Ordinal));
        if (share is null)
        {
            return null;
        }

        var grant = grants.First(g => g.ShareId == share.ShareId);
        var code = share.CanRevoke ? await credential.RevealShareCodeAsync(share.ShareId, HttpContext.RequestAborted) : null;
        var link = code is null ? null : addresses.LinkFor(new ShareLink(hub.Value.HubId, credentialId, code), grant.RecipientHubId);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        View = ShareLinkView.Build(CredentialSummary.From(view, language), share, link);
        return shares;
    }
}
