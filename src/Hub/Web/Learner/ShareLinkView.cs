using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Web.Sharing;

namespace Exchange.Hub.Web.Learner;

/// <summary>The page of one share: the link and its QR code while the share is in force, who it is for, the two
/// validities apart, and where to print it.</summary>
/// <param name="Link">The https link, or null when there is none to show (<see cref="NoLinkReason"/>).</param>
/// <param name="QrSvg">The link's QR code as SVG markup, or null without a link; the view names it (<see cref="LabelledQr"/>).</param>
public sealed record ShareLinkView(CredentialSummary Credential, ShareRow Share, string? Link, string? QrSvg, string PdfHref)
{
    public const string MadeBeforeLinksWereKept = "This share was made before the hub kept links to show again. Revoke it and share the credential again to get a link and a QR code.";

    /// <summary>Why an active share shows no link (an ended one explains itself through its validity note).</summary>
    public string? NoLinkReason => Link is null && Share.State == ShareGrantState.Active ? MadeBeforeLinksWereKept : null;

    /// <summary>The QR code with its accessible name in the reader's language (the view translates the name).</summary>
    public string? LabelledQr(string label) => QrSvg is null ? null : QrMarkup.Labelled(QrSvg, label);

    /// <param name="link">The link (<c>ShareLinkAddresses.LinkFor</c>), or null when the grain no longer reveals the code.</param>
    public static ShareLinkView Build(CredentialSummary credential, ShareRow share, Uri? link)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(share);
        // An ended share's code is not revealed anyway; the check keeps a stale link off the page whatever the caller passes.
        var shown = share.State == ShareGrantState.Active ? link?.AbsoluteUri : null;
        return new ShareLinkView(
            credential,
            share,
            shown,
            shown is null ? null : QrCodes.Svg(shown),
            LearnerPaths.SharePdf(credential.CredentialId, share.ShareId));
    }
}
