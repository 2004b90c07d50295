using System.Globalization;
using Exchange.Adapters.Credits;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Mapping;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.Verification;
using Exchange.LocalFederation.Launch;
using Google.Protobuf;
using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;

namespace Exchange.Hub.Tests.Web.Verification;

/// <summary>
/// The verification page a share link opens, built from the seed credential of UA-KNU as a hub resolves it: what a
/// reader sees when every check passes, when a signature fails, when the issuer revoked it, when the issuing hub is out
/// of reach; who vouches for the issuer; the level and the workload in the viewer's terms beside the original. The
/// phrases are rendered in English (the key text) so each expectation reads as the page does.
/// </summary>
public sealed class VerificationPageSpecs
{
    private const string CredentialId = "UA-CRED-0123456789abcdef0123";
    private const string PagePath = "/v/hub-ua/UA-CRED-0123456789abcdef0123/c0de";
    private static readonly DateTimeOffset CheckedAt = new(2026, 12, 7, 9, 30, 0, TimeSpan.Zero);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    internal static readonly QualityAssuranceBasis Naqa = new("National Agency for Higher Education Quality Assurance (NAQA)", true,
        QualityAssuranceScope.Institutional, QualityAssuranceOutcome.Positive, new DateTimeOffset(2024, 1, 15, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2029, 1, 15, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void When_every_check_passes_the_twelve_read_in_order_under_four_questions_and_the_credential_is_shown()
    {
        var view = VerificationPageBuilder.Build(Input(Resolved(AllPassed())));

        Assert.Equal(VerificationOutcome.Valid, view.Outcome);
        Assert.Equal("Every check passed: this credential is genuine and in force.", view.Headline);
        Assert.Equal(["Is it intact, and who signed it?", "Is the issuer recognised?", "Is it still valid?", "Is this link valid, and the record complete?"],
            view.Groups.Select(g => g.Question));
        // Every check of a hub's credential, in the order a verifier runs them (the trust list is for outside credentials).
        Assert.Equal(Enum.GetValues<VerificationCheck>().Order().Where(c => c != VerificationCheck.IssuerKeyTrusted), view.Groups.SelectMany(g => g.Checks).Select(c => c.Check));
        var states = view.Groups.SelectMany(g => g.Checks).ToDictionary(c => c.Check, c => c.StateText);
        Assert.All(states.Where(s => s.Key != VerificationCheck.EmbeddedProof), s => Assert.Equal("Passed", s.Value));
        // The envelope has no embedded proof to check: said so, not counted as a pass nor as a gap.
        Assert.Equal("Does not apply", states[VerificationCheck.EmbeddedProof]);

        var content = view.Content!;
        Assert.Equal("Олена Петрівна Коваленко", content.LearnerName);
        Assert.Equal("Data analysis in Python", content.Title);
        Assert.Equal("Taras Shevchenko National University of Kyiv", content.Issuer);
        Assert.Equal("Ukraine", content.IssuerCountry);
        Assert.Equal(["Clean and transform tabular data with pandas.", "Explain methods of statistical inference and their limits."], content.LearningOutcomes);
        Assert.Equal("Does not expire", Say(content.ValidUntil));
        Assert.Equal(CheckedAt, view.CheckedAt);
    }

    [Fact]
    public void The_credentials_own_texts_come_in_the_readers_language_when_it_has_them()
    {
        var view = VerificationPageBuilder.Build(Input(Resolved(AllPassed())) with { Culture = CultureInfo.GetCultureInfo("uk") });

        Assert.Equal("Аналіз даних мовою Python", view.Content!.Title);
        Assert.Equal("Київський національний університет імені Тараса Шевченка", view.Content.Issuer);
        Assert.StartsWith("Очищати", view.Content.LearningOutcomes[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_signature_stops_the_rest_with_one_message_and_shows_nothing_of_the_credential()
    {
        var checks = AllPassed().Select(c => c.Check == VerificationCheck.HubAttestation
            ? new CheckOutcome(c.Check, CheckResult.Failed, "The hub attestation does not verify.", "HUB_ATTESTATION_INVALID")
            : c).ToList();

        var view = VerificationPageBuilder.Build(Input(Resolved(checks)));

        Assert.Equal(VerificationOutcome.SignatureInvalid, view.Outcome);
        Assert.Equal("This credential's signature does not verify: do not rely on it.", view.Headline);
        var lines = view.Groups.SelectMany(g => g.Checks).ToList();
        Assert.Equal(["Passed", "Passed", "Passed", "Failed"], lines.Take(4).Select(l => l.StateText));
        Assert.All(lines.Skip(4), l => Assert.Equal(CheckLineState.NotChecked, l.State));
        Assert.Null(view.Content);
        Assert.Null(view.Vouch);
        Assert.Equal(["The checks after the one that failed were not made, and nothing of its content is shown."], view.HeadlineDetails.Select(Say));
    }

    [Fact]
    public void A_revoked_credential_says_so_first_with_the_date_and_the_reason_the_issuer_gave()
    {
        var revokedAt = new DateTimeOffset(2026, 11, 3, 14, 0, 0, TimeSpan.Zero);
        var status = new CredentialStatusView(CredentialId, CredentialState.Revoked, revokedAt,
            new RevocationRecord(revokedAt, "issued_in_error", [new TextValue("uk", "Видано помилково"), new TextValue("en", "Issued in error")]), CheckedAt);
        var checks = AllPassed().Select(c => c.Check == VerificationCheck.Revocation
            ? new CheckOutcome(c.Check, CheckResult.Failed, $"Revoked on {revokedAt:O} (issued_in_error).", "CREDENTIAL_REVOKED")
            : c).ToList();

        var view = VerificationPageBuilder.Build(Input(Resolved(checks) with { Status = status }));

        Assert.Equal(VerificationOutcome.Revoked, view.Outcome);
        Assert.StartsWith("REVOKED", view.Headline, StringComparison.Ordinal);
        Assert.Equal(["Revoked on 3 Nov 2026.", "Reason given by the issuer: Issued in error"], view.HeadlineDetails.Select(Say));
        var revocation = view.Groups.SelectMany(g => g.Checks).Single(c => c.Check == VerificationCheck.Revocation);
        Assert.Equal(("Failed", "Revoked on 3 Nov 2026."), (revocation.StateText, Say(revocation.Note!)));
        // Its signatures still hold: what was revoked stays identifiable, the later checks are still made.
        Assert.NotNull(view.Content);
        Assert.Equal("Passed", view.Groups[3].Checks[0].StateText);
    }

    [Fact]
    public void An_issuing_hub_out_of_reach_leaves_every_check_open_and_shows_no_content()
    {
        var unreachable = new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Unavailable,
            $"Hub hub-ua could not be reached to fetch credential {CredentialId}; the case waits for it.", "PEER_UNAVAILABLE");
        var resolved = new ResolvedCredential(new SignedEnvelope([], [], []),
            new CredentialVerification(CredentialId, "hub-ua", [unreachable], CheckedAt, CheckedAt), "", null);

        var view = VerificationPageBuilder.Build(Input(resolved));

        Assert.Equal(VerificationOutcome.Unreachable, view.Outcome);
        Assert.Equal("The issuing hub could not be reached, so nothing could be checked. Try again later.", view.Headline);
        var lines = view.Groups.SelectMany(g => g.Checks).ToList();
        Assert.Equal(("Could not be checked", "The issuing hub could not answer this part now."), (lines[0].StateText, Say(lines[0].Note!)));
        Assert.All(lines.Skip(1), l => Assert.Equal("Not checked", l.StateText));
        Assert.Null(view.Content);
        Assert.Null(view.Vouch);
    }

    [Fact]
    public void The_issuer_is_vouched_for_by_its_national_hub_and_its_quality_assurance_in_plain_words()
    {
        var view = VerificationPageBuilder.Build(Input(Resolved(AllPassed())));

        var vouch = view.Vouch!;
        Assert.Equal(("hub-ua", "The national hub of Ukraine", true), (vouch.HubId, Say(vouch.Hub), vouch.Sealed));
        Assert.Equal("On the day it issued this credential, the issuer held external quality assurance.", Say(vouch.QualityAssuranceSummary));
        Assert.Equal(
            [
                "Agency: National Agency for Higher Education Quality Assurance (NAQA), registered in EQAR",
                "Type: institutional accreditation",
                "Result: positive",
                "Valid from 15 Jan 2024 until 15 Jan 2029",
            ], vouch.QualityAssurance.Select(Say));
    }

    [Theory]
    [InlineData(QualityAssuranceScope.Internal, QualityAssuranceOutcome.Positive, "Only internal quality assurance is recorded for the issuer.")]
    [InlineData(QualityAssuranceScope.Institutional, QualityAssuranceOutcome.Conditional, "The issuer's quality assurance was positive with conditions.")]
    [InlineData(QualityAssuranceScope.Programme, QualityAssuranceOutcome.Negative, "The issuer's quality assurance was refused or withdrawn.")]
    public void A_quality_assurance_note_says_what_is_lacking_and_the_check_passes_with_a_note(QualityAssuranceScope scope, QualityAssuranceOutcome outcome, string summary)
    {
        var checks = AllPassed().Select(c => c.Check == VerificationCheck.IssuerQualityAssurance
            ? new CheckOutcome(c.Check, CheckResult.Warning, "…", QualityAssurance: Naqa with { Scope = scope, Outcome = outcome })
            : c).ToList();

        var view = VerificationPageBuilder.Build(Input(Resolved(checks)));

        Assert.Equal(VerificationOutcome.Valid, view.Outcome);
        Assert.Equal(summary, Say(view.Vouch!.QualityAssuranceSummary));
        var line = view.Groups[1].Checks.Single();
        Assert.Equal(("Passed, with a note", "Read the issuer's quality assurance status below."), (line.StateText, Say(line.Note!)));
    }

    [Fact]
    public void No_recorded_quality_assurance_is_said_plainly()
    {
        var checks = AllPassed().Select(c => c.Check == VerificationCheck.IssuerQualityAssurance
            ? new CheckOutcome(c.Check, CheckResult.Warning, "Could not be checked: hub hub-ua records no quality assurance status for institution UA-KNU.")
            : c).ToList();

        var vouch = VerificationPageBuilder.Build(Input(Resolved(checks))).Vouch!;

        Assert.Equal("The issuing hub records no quality assurance status for the issuer.", Say(vouch.QualityAssuranceSummary));
        Assert.Empty(vouch.QualityAssurance);
    }

    [Theory]
    [InlineData("UA", "Ukrainian NQF level 7", "6 ECTS credits (Ukraine)")]
    [InlineData("KZ", "Kazakh NQF level 7", "6 Kazakh academic credits")]
    [InlineData("LV", "Latvian LQF level 7", "6 Latvian credit points")]
    public void The_level_and_the_workload_read_in_the_viewers_framework_beside_the_original(string viewer, string national, string credits)
    {
        var view = VerificationPageBuilder.Build(Input(Resolved(AllPassed())) with { ViewerCountry = viewer });

        var content = view.Content!;
        Assert.Equal(("EQF level 7", national, "As stated: Ukrainian NQF level 7"), (Say(content.Level!.Eqf), Say(content.Level.National), Say(content.Level.Original)));
        Assert.Equal((credits, "As stated: 6 ECTS credits"), (Say(content.Credits!.Converted), Say(content.Credits.Original)));
        Assert.Equal(["UA", "KZ", "LV"], view.Frameworks.Select(f => f.Country));
        Assert.Equal(viewer, view.Frameworks.Single(f => f.Current).Country);
        Assert.Equal(PagePath + "?framework=" + viewer, view.Frameworks.Single(f => f.Current).Href);
    }

    [Fact]
    public void A_workload_in_a_unit_with_a_history_is_converted_by_the_issue_date_and_keeps_its_original()
    {
        // Latvian credit points stated before 11 Oct 2022 were worth 1.5 ECTS each.
        var resolved = Resolved(AllPassed());
        var legacy = resolved with { Credential = resolved.Credential! with { Workload = new Workload(4, CreditUnit.LatvianCreditPoint, "legacy") } };

        var credits = VerificationPageBuilder.Build(Input(legacy) with { ViewerCountry = "KZ" }).Content!.Credits!;

        Assert.Equal(("6 Kazakh academic credits", "As stated: 4 Latvian credit points"), (Say(credits.Converted), Say(credits.Original)));
    }

    [Theory]
    [InlineData(ShareLinkRefusal.UnknownCode, 404, "This link opens no credential: its code is wrong, or the credential does not exist.")]
    [InlineData(ShareLinkRefusal.NoLongerValid, 410, "This link is no longer valid: it expired, or the learner withdrew it.")]
    [InlineData(ShareLinkRefusal.OtherRecipient, 403, "This link was shared with another recipient, not with you, so it shows you nothing.")]
    [InlineData(ShareLinkRefusal.UnknownHub, 404, "This link names a hub this hub does not know, so it cannot be checked here.")]
    [InlineData(ShareLinkRefusal.TooManyAttempts, 429, "Too many wrong links were tried from here. Wait a few minutes, then try again.")]
    public void A_link_the_grant_does_not_open_gets_one_plain_message_and_its_status(ShareLinkRefusal refusal, int status, string message) =>
        Assert.Equal(new VerificationRefusalView(status, message), VerificationPageBuilder.Refusal(refusal));

    [Theory]
    [InlineData(VerificationCheck.ShareGrant, "SHARE_CODE_INVALID", ShareLinkRefusal.UnknownCode)]
    [InlineData(VerificationCheck.ShareGrant, "CREDENTIAL_NOT_FOUND", ShareLinkRefusal.UnknownCode)]
    [InlineData(VerificationCheck.ShareGrant, "SHARE_CODE_EXPIRED", ShareLinkRefusal.NoLongerValid)]
    [InlineData(VerificationCheck.ShareGrant, "SHARE_RECIPIENT_MISMATCH", ShareLinkRefusal.OtherRecipient)]
    [InlineData(VerificationCheck.HubKeyTrusted, "ISSUING_HUB_UNKNOWN", ShareLinkRefusal.UnknownHub)]
    [InlineData(VerificationCheck.EnvelopeFormat, "SHARE_CODE_ATTEMPTS_EXHAUSTED", ShareLinkRefusal.TooManyAttempts)]
    public void A_resolvers_refusal_is_read_from_its_report(VerificationCheck check, string reason, ShareLinkRefusal expected)
    {
        var report = new CredentialVerification(CredentialId, "hub-ua", [new CheckOutcome(check, CheckResult.Failed, "refused", reason)], CheckedAt, CheckedAt);

        Assert.Equal(expected, SharedCredentialLookup.RefusalOf(report, out var read));
        Assert.Equal(reason, read);
    }

    [Fact]
    public void A_report_whose_grant_opened_the_credential_is_no_refusal_whatever_else_failed()
    {
        var revoked = AllPassed().Select(c => c.Check == VerificationCheck.Revocation ? c with { Result = CheckResult.Failed, FailureReason = "CREDENTIAL_REVOKED" } : c).ToList();

        Assert.Null(SharedCredentialLookup.RefusalOf(new CredentialVerification(CredentialId, "hub-ua", revoked, CheckedAt, CheckedAt), out _));
    }

    [Theory]
    [InlineData("hub-ua", CredentialId, "AbCdEfGhIjKlMnOpQrStUvWxYz012345", true)]
    [InlineData("HUB UA", CredentialId, "AbCdEfGhIjKlMnOpQrStUvWxYz012345", false)]
    [InlineData("hub-ua", "UA-CRED-xyz", "AbCdEfGhIjKlMnOpQrStUvWxYz012345", false)]
    [InlineData("hub-ua", CredentialId, "short", false)]
    [InlineData("hub-ua", CredentialId, "has spaces and = signs in it!!!!", false)]
    public void Only_a_path_of_the_three_shapes_is_looked_up(string hub, string credentialId, string code, bool looked) =>
        Assert.Equal(looked, SharePathShape.IsWellFormed(hub, credentialId, code));

    /// <summary>The report a hub makes of its own valid credential (EnvelopeVerifier's eleven checks; no embedded proof).</summary>
    internal static List<CheckOutcome> AllPassed() =>
    [
        new(VerificationCheck.EnvelopeFormat, CheckResult.Passed, "Header and payload decode."),
        new(VerificationCheck.HeaderConsistency, CheckResult.Passed, "Header agrees with the payload and the signatures."),
        new(VerificationCheck.HubKeyTrusted, CheckResult.Passed, "Attesting key hub-ua#1 is a trusted key of hub hub-ua.", KeyId: "hub-ua#1"),
        new(VerificationCheck.HubAttestation, CheckResult.Passed, "The hub attestation verifies.", KeyId: "hub-ua#1"),
        new(VerificationCheck.InstitutionKeyValid, CheckResult.Passed, "Key UA-KNU#1 was valid.", KeyId: "UA-KNU#1"),
        new(VerificationCheck.InstitutionSignature, CheckResult.Passed, "The institution signature verifies.", KeyId: "UA-KNU#1"),
        new(VerificationCheck.IssuerQualityAssurance, CheckResult.Passed, "On the issue date the issuer held external quality assurance.", QualityAssurance: Naqa),
        new(VerificationCheck.Revocation, CheckResult.Passed, "Not revoked according to the issuing hub."),
        new(VerificationCheck.Expiry, CheckResult.Passed, "The credential does not expire."),
        new(VerificationCheck.ShareGrant, CheckResult.Passed, "The share grant is valid for this recipient."),
        new(VerificationCheck.RequiredElements, CheckResult.Passed, "Every element required is present."),
    ];

    /// <summary>The seed credential of UA-KNU, as hub-ua issued it, with the given report.</summary>
    internal static ResolvedCredential Resolved(IReadOnlyList<CheckOutcome> checks)
    {
        var payload = SeedRequests.Credential(RepositoryRoot.Combine("seed"), "UA", "spec").Credential;
        payload.CredentialId = CredentialId;
        payload.IssuedAt ??= Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 6, 30, 0, 0, 0, TimeSpan.Zero));
        return new ResolvedCredential(new SignedEnvelope([1], payload.ToByteArray(), []),
            new CredentialVerification(CredentialId, "hub-ua", checks, CheckedAt, CheckedAt.AddMinutes(5)), "UA", CredentialToDomain.Map(payload),
            new CredentialStatusView(CredentialId, CredentialState.Active, null, null, CheckedAt));
    }

    internal static VerificationPageInput Input(ResolvedCredential resolved) => new(resolved, "UA", ["UA", "KZ", "LV"], PagePath, English);

    /// <summary>A phrase as the English page shows it: labels are their own English text.</summary>
    internal static string Say(Phrase phrase) => string.Format(CultureInfo.InvariantCulture, phrase.Template, [.. phrase.Args.Select(a => (object)a.Value)]);
}
