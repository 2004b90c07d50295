using System.Globalization;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Web.Verification;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static Exchange.Hub.Tests.Web.Verification.VerificationPageSpecs;

namespace Exchange.Hub.Tests.Web.Verification;

/// <summary>The check page of a credential file issued outside the federation: a check needing judgement is never
/// shown as valid, the issuer's standing on the trust list is said only when the key is the listed issuer's, and every
/// word reads in each language.</summary>
public sealed class OutsideVerificationPageSpecs
{
    private static readonly OutsideIssuerClaim Claim = new("https://badges.knu.example/issuer", "KNU Badges");

    private static readonly TrustedIssuer Listed = new("https://badges.knu.example/issuer", "UA-KNU", "Taras Shevchenko National University of Kyiv", "UA",
        "hub-ua", [], [], null);

    private static List<CheckOutcome> Read(CheckResult issuerKey, CheckResult revocation = CheckResult.Passed) =>
    [
        new(VerificationCheck.EnvelopeFormat, CheckResult.Passed, "VC-JWT, OB 3.0 layout, ES256."),
        new(VerificationCheck.HeaderConsistency, CheckResult.Passed, "Claims agree."),
        new(VerificationCheck.EmbeddedProof, revocation == CheckResult.Failed ? CheckResult.Failed : CheckResult.Passed, "Signature."),
        new(VerificationCheck.IssuerKeyTrusted, issuerKey, "Key.", issuerKey == CheckResult.NeedsReview ? "ISSUER_NOT_TRUSTED" : null),
        new(VerificationCheck.IssuerQualityAssurance, issuerKey == CheckResult.Passed ? CheckResult.Passed : CheckResult.NotApplicable, "QA.", QualityAssurance: Naqa),
        new(VerificationCheck.Revocation, revocation == CheckResult.Failed ? CheckResult.Passed : revocation, "Status."),
        new(VerificationCheck.Expiry, CheckResult.Passed, "Expiry."),
        new(VerificationCheck.ShareGrant, CheckResult.NotApplicable, "No share grant."),
        new(VerificationCheck.RequiredElements, CheckResult.Passed, "Elements."),
    ];

    private static OutsideVerificationView Build(List<CheckOutcome> checks, TrustedIssuer? trusted, string language = "en")
    {
        var resolved = Resolved(checks) with { Verification = Resolved(checks).Verification with { IssuingHubId = "" } };
        var page = Input(resolved) with { Culture = CultureInfo.GetCultureInfo(language) };
        return OutsideVerificationPageBuilder.Build(new OutsideVerificationInput(resolved, Claim, trusted, "hub-kz", page));
    }

    [Fact]
    public void Every_checked_line_carries_the_readers_own_words_and_no_issuing_hub_is_blamed_for_what_was_not_checked()
    {
        var view = Build(Read(CheckResult.Passed, revocation: CheckResult.Unavailable), Listed);
        var lines = view.Groups.SelectMany(g => g.Checks).ToDictionary(c => c.Check);

        Assert.Equal("Key.", lines[VerificationCheck.IssuerKeyTrusted].Detail);
        Assert.Equal("VC-JWT, OB 3.0 layout, ES256.", lines[VerificationCheck.EnvelopeFormat].Detail);
        var status = lines[VerificationCheck.Revocation];
        Assert.Equal((CheckLineState.CouldNotBeChecked, "Status."), (status.State, status.Detail));
        Assert.Null(status.Note);
    }

    [Fact]
    public void An_issuer_not_on_the_trust_list_makes_the_page_say_not_verified_and_why()
    {
        var view = Build(Read(CheckResult.NeedsReview), trusted: null);

        Assert.Equal(VerificationOutcome.NeedsReview, view.Outcome);
        Assert.StartsWith("Not verified", view.Headline, StringComparison.Ordinal);
        var line = view.Groups.SelectMany(g => g.Checks).Single(c => c.Check == VerificationCheck.IssuerKeyTrusted);
        Assert.Equal((CheckLineState.NeedsJudgement, "Needs an officer's judgement"), (line.State, line.StateText));
        Assert.StartsWith("Issuer not on the trust list", line.Note!.Template, StringComparison.Ordinal);
        Assert.False(view.Issuer.Trusted);
        Assert.Equal(("KNU Badges", "https://badges.knu.example/issuer"), (view.Issuer.Name, view.Issuer.IssuerId));
        Assert.Equal("Not on the trust list of this hub or of any hub it trusts.", Say(view.Issuer.Standing));
        Assert.DoesNotContain(view.Groups.SelectMany(g => g.Checks), c => c.Check is VerificationCheck.HubAttestation or VerificationCheck.ShareGrant);
    }

    [Fact]
    public void A_key_listed_by_a_peer_hub_is_said_to_be_on_that_hubs_trust_list()
    {
        var view = Build(Read(CheckResult.Passed), Listed);

        Assert.Equal(VerificationOutcome.Valid, view.Outcome);
        Assert.True(view.Issuer.Trusted);
        Assert.Equal("On the trust list of hub hub-ua, as Taras Shevchenko National University of Kyiv.", Say(view.Issuer.Standing));
        Assert.NotNull(view.Issuer.QualityAssurance);
        Assert.False(string.IsNullOrEmpty(view.Content!.Title));
        Assert.NotNull(view.Content.Level);
    }

    [Fact]
    public void A_listed_issuer_whose_key_did_not_sign_is_not_called_trusted()
    {
        var view = Build(Read(CheckResult.NeedsReview), Listed);

        Assert.False(view.Issuer.Trusted);
        Assert.NotEqual(VerificationOutcome.Valid, view.Outcome);
    }

    [Fact]
    public void A_failed_signature_stops_the_checks_after_it_and_hides_the_content()
    {
        var view = Build(Read(CheckResult.Passed, revocation: CheckResult.Failed), Listed);

        Assert.Equal(VerificationOutcome.SignatureInvalid, view.Outcome);
        Assert.Null(view.Content);
        Assert.Equal(CheckLineState.NotChecked, view.Groups.SelectMany(g => g.Checks).Single(c => c.Check == VerificationCheck.IssuerKeyTrusted).State);
    }

    [Theory]
    [InlineData("uk")]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("lv")]
    public void Every_word_of_the_page_reads_in_the_language(string language)
    {
        var keys = new List<string>();
        foreach (var (issuerKey, trusted) in new[] { (CheckResult.NeedsReview, (TrustedIssuer?)null), (CheckResult.Passed, Listed), (CheckResult.Passed, Listed with { Source = "hub-kz" }) })
        {
            foreach (var revocation in new[] { CheckResult.Passed, CheckResult.NeedsReview, CheckResult.Failed })
            {
                var view = Build(Read(issuerKey, revocation), trusted, language);
                keys.AddRange([view.Headline, .. view.Groups.Select(g => g.Question), .. Keys(view.Issuer.Standing), .. Keys(view.Issuer.QualityAssurance)]);
                keys.AddRange(view.Groups.SelectMany(g => g.Checks).SelectMany(c => (string[])[c.Title, c.StateText, .. Keys(c.Note)]));
            }
        }

        keys.AddRange([CredentialFileInput.Missing, CredentialFileInput.TooLarge, CredentialFileInput.Both]);
        var localizer = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Web/Resources" }), NullLoggerFactory.Instance)
            .Create(typeof(VerificationTexts));
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            var missing = keys.Distinct(StringComparer.Ordinal).Where(k => localizer[k].ResourceNotFound).ToList();
            Assert.True(missing.Count == 0, $"Not translated into {language}: {string.Join(" | ", missing)}");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static IEnumerable<string> Keys(Exchange.Hub.Web.Console.Phrase? phrase) =>
        phrase is null ? [] : [phrase.Template, .. phrase.Args.Where(a => a.IsLabel).Select(a => a.Value)];
}
