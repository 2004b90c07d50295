using System.Globalization;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Hosting;
using Exchange.Hub.Web.Verification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Web.Pages.Verify;

/// <summary>
/// Checks a credential file anyone holds (<c>/check/file</c>): a credential issued outside the federation (an Open
/// Badge or VC as a VC-JWT or with a Data Integrity proof, a sealed European Digital Credential, an ELMO transcript),
/// uploaded or pasted, its format told from its bytes, read and verified as a recognition case would, its issuer looked up in the trust
/// lists of this hub and the hubs it trusts. Anonymous; the form carries an anti-forgery token like every POST; nothing
/// is kept. A problem with the input is said by its field, with the pasted text kept.
/// </summary>
[AllowAnonymous]
[RequestSizeLimit(CredentialFileInput.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = CredentialFileInput.MaxRequestBytes, ValueLengthLimit = CredentialFileInput.MaxRequestBytes)]
public sealed class FileModel(OutsideCredentialImporter importer, IOutsideIssuerTrust trust, PeerDirectory peers, IOptions<HubOptions> hub) : PageModel
{
    public const string Path = "/check/file";

    [BindProperty]
    public IFormFile? Document { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The English key of the input's error; null when there is none.</summary>
    public string? Error { get; private set; }

    public OutsideVerificationView? View { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The page shows what the holder presented: no cache keeps it.
        Response.Headers.CacheControl = "no-store";
        var (document, error) = await CredentialFileInput.ReadAsync(Document, Text, cancellationToken);
        if (document is null)
        {
            Error = error;
            var refused = Page();
            refused.StatusCode = StatusCodes.Status400BadRequest;
            return refused;
        }

        if (OutsideFormats.Detect(document) is not { } format)
        {
            Error = CredentialFileInput.Unrecognised;
            var unknown = Page();
            unknown.StatusCode = StatusCodes.Status400BadRequest;
            return unknown;
        }

        var resolved = await importer.ImportAsync(format, document, cancellationToken);
        var claim = OutsideIssuerClaim.Read(format, document);
        var trusted = claim is null ? null : await trust.FindAsync(claim.Id, cancellationToken);
        var own = hub.Value.Country;
        IReadOnlyList<string> countries = [own, .. peers.All.Select(p => p.Country).Where(c => c != own).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var page = new VerificationPageInput(resolved, own, countries, Path, CultureInfo.CurrentCulture);
        View = OutsideVerificationPageBuilder.Build(new OutsideVerificationInput(resolved, claim, trusted, hub.Value.HubId, page));
        Text = null;
        return Page();
    }
}
