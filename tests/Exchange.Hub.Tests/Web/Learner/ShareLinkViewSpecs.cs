using Exchange.Hub.Web.Learner;

namespace Exchange.Hub.Tests.Web.Learner;

/// <summary>The share page: the link and its QR code only while the share is in force, the QR code named for screen
/// readers, and the printable PDF beside it.</summary>
public sealed class ShareLinkViewSpecs
{
    private static readonly DateTimeOffset Now = LearnerSamples.Now;

    private static readonly Uri Link = new("https://kz.example/v/hub-ua/UA-CRED-0123456789abcdef0123/c0de");

    private static CredentialSummary Credential => CredentialSummary.From(LearnerSamples.View(), "en");

    [Fact]
    public void An_active_share_shows_its_link_a_named_qr_code_and_where_to_print_it()
    {
        var share = ShareRow.From(LearnerSamples.Grant("sh-1", Now, Now.AddDays(30), hub: "hub-kz"), Credential.CredentialId, null, Now);

        var view = ShareLinkView.Build(Credential, share, Link);

        Assert.Equal(Link.AbsoluteUri, view.Link);
        Assert.Null(view.NoLinkReason);
        Assert.Equal("/my/credentials/UA-CRED-0123456789abcdef0123/shares/sh-1/credential.pdf", view.PdfHref);
        var qr = view.LabelledQr("QR code of the share link");
        Assert.StartsWith("<svg aria-label=\"QR code of the share link\"", qr, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", qr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revoked_share_shows_no_link_even_when_one_is_passed()
    {
        var share = ShareRow.From(LearnerSamples.Grant("sh-1", Now.AddDays(-2), Now.AddDays(28), revokedAt: Now.AddDays(-1)), Credential.CredentialId, null, Now);

        var view = ShareLinkView.Build(Credential, share, Link);

        Assert.Equal((null, null, null), (view.Link, view.QrSvg, view.NoLinkReason));
        Assert.Null(view.LabelledQr("QR code of the share link"));
    }

    [Fact]
    public void An_active_share_whose_code_the_hub_did_not_keep_says_how_to_get_a_link()
    {
        var share = ShareRow.From(LearnerSamples.Grant("sh-1", Now, Now.AddDays(30)), Credential.CredentialId, null, Now);

        var view = ShareLinkView.Build(Credential, share, link: null);

        Assert.Equal(ShareLinkView.MadeBeforeLinksWereKept, view.NoLinkReason);
    }

    [Fact]
    public void The_qr_codes_name_is_written_as_an_attribute_whatever_its_letters()
    {
        var labelled = QrMarkup.Labelled("<svg role=\"img\" viewBox=\"0 0 1 1\"></svg>", "QR-код \"посилання\" <x>");

        Assert.Equal("<svg aria-label=\"QR-код &quot;посилання&quot; &lt;x&gt;\" role=\"img\" viewBox=\"0 0 1 1\"></svg>", labelled);
    }
}
