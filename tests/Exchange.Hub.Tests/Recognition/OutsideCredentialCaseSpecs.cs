using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Recognition.Cases;
using static Exchange.Hub.Tests.Recognition.CaseSamples;
using AdaptersCredential = Exchange.Adapters.Credentials.Credential;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>A case whose credential was issued outside the federation (a VC-JWT document), on the case's rules alone:
/// what needs judgement is verified and assessed but never decided by the machine, and no hub is told of a decision
/// on a credential no hub issued.</summary>
public sealed class OutsideCredentialCaseSpecs
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly CaseHub Hub = new("hub-lv", "LV");
    private static readonly HubRecognitionPolicy Policy = HubRecognitionPolicy.Defaults("LV");
    private static readonly byte[] Badge = "eyJhbGciOiJFUzI1NiJ9.e30.c2ln"u8.ToArray();

    private static RecognitionCase Submitted()
    {
        var submission = Submission("outside-1") with { Credentials = [new CredentialByDocument(OutsideFormat.VcJwt, Badge)] };
        var @case = new RecognitionCase(CaseIds.For(submission.RequesterInstitutionId, submission.IdempotencyKey), new RecognitionCaseState(), Policy, Hub);
        @case.Submit(submission, Start);
        return @case;
    }

    /// <summary>As the VC-JWT reader reports a badge: no hub, the signature checked, the issuer trusted or not.</summary>
    private static ResolvedCredential Read(AdaptersCredential credential, CheckResult issuerKey, CheckResult revocation = CheckResult.Passed) => new(new SignedEnvelope([], [], []),
        new CredentialVerification(credential.Id, "",
        [
            new(VerificationCheck.EnvelopeFormat, CheckResult.Passed, "A VC-JWT in the OB 3.0 layout, ES256."),
            new(VerificationCheck.HeaderConsistency, CheckResult.Passed, "iss, jti, sub, nbf agree with the credential."),
            new(VerificationCheck.EmbeddedProof, CheckResult.Passed, "The signature verifies."),
            issuerKey == CheckResult.Passed
                ? new(VerificationCheck.IssuerKeyTrusted, CheckResult.Passed, "Key k1 is a key of the trusted issuer, listed by hub-ua.")
                : new(VerificationCheck.IssuerKeyTrusted, issuerKey, "The key came in the jwk header; the issuer is on no trust list.", "ISSUER_NOT_TRUSTED"),
            revocation == CheckResult.Passed
                ? new(VerificationCheck.Revocation, CheckResult.Passed, "The credential states no status.")
                : new(VerificationCheck.Revocation, revocation, "The hub may not reach host badges.example.", "STATUS_NOT_CHECKED"),
        ], Start, Start.AddHours(1)), "UA", credential);

    [Fact]
    public void A_badge_whose_issuer_is_not_trusted_is_verified_and_assessed_then_referred_naming_the_checks()
    {
        var @case = Submitted();

        @case.Resolve([Read(UkrainianMicro("urn:uuid:badge-1"), CheckResult.NeedsReview, CheckResult.NeedsReview)], Start.AddSeconds(1));

        var state = @case.State;
        Assert.Equal(VerificationVerdict.NeedsReview, Assert.Single(state.Verifications).Verdict);
        Assert.Equal(["submitted", "file_complete", "verified", "assessed", "referred"], state.Journal.Select(j => j.Event));
        Assert.Equal(CaseStatus.InReview, state.Status);
        Assert.True(state.WasReferred);
        Assert.Null(state.Decision);
        Assert.NotNull(state.Assessment);
        var referral = state.Journal[^1].Reason;
        Assert.Contains("IssuerKeyTrusted (ISSUER_NOT_TRUSTED)", referral, StringComparison.Ordinal);
        Assert.Contains("Revocation (STATUS_NOT_CHECKED)", referral, StringComparison.Ordinal);
        Assert.Contains("need an officer's judgement", state.Journal[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_officers_page_shows_what_needs_judgement_and_offers_the_original_document()
    {
        var @case = Submitted();
        @case.Resolve([Read(UkrainianMicro("urn:uuid:badge-4"), CheckResult.NeedsReview)], Start.AddSeconds(1));

        var credential = Assert.Single(Exchange.Hub.Web.Console.CaseViewBuilder.Build(@case.State, Start.AddDays(1), "en", System.Globalization.CultureInfo.InvariantCulture).Credentials);

        Assert.Equal("Needs an officer's judgement", credential.Verdict);
        Assert.Equal(Exchange.Hub.Web.Console.CheckState.NeedsJudgement, credential.Checks.Single(c => c.Check == VerificationCheck.IssuerKeyTrusted).State);
        Assert.Equal($"/console/cases/{@case.State.CaseId}?handler=document&index=0", credential.OriginalDocumentHref);
    }

    [Fact]
    public void An_incomplete_badge_that_also_needs_judgement_says_both_before_it_is_supplemented()
    {
        var @case = Submitted();

        @case.Resolve([Read(UkrainianMicro("urn:uuid:badge-5") with { AssessmentType = Exchange.Adapters.Credentials.AssessmentType.Unspecified }, CheckResult.NeedsReview)], Start.AddSeconds(1));

        Assert.Equal(CaseStatus.IncompleteFile, @case.State.Status);
        var reason = @case.State.Journal[^1].Reason;
        Assert.Contains("assessment_type", reason, StringComparison.Ordinal);
        Assert.Contains("IssuerKeyTrusted (ISSUER_NOT_TRUSTED) need judgement", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_badge_of_a_trusted_issuer_is_decided_by_the_rules_and_no_hub_is_told_of_the_decision()
    {
        var @case = Submitted();

        @case.Resolve([Read(UkrainianMicro("urn:uuid:badge-2"), CheckResult.Passed)], Start.AddSeconds(1));

        var state = @case.State;
        Assert.Equal(CaseStatus.Decided, state.Status);
        Assert.Equal(DeciderKind.Automatic, state.Decision!.DecidedBy);
        Assert.Equal(["urn:uuid:badge-2"], state.Decision.CredentialIds);
        Assert.Empty(state.PeerNotices);
        // The original document stays with the case, byte for byte.
        Assert.Equal(Badge, Assert.IsType<CredentialByDocument>(Assert.Single(state.CurrentCredentials)).Document);
    }

    [Fact]
    public void A_badge_whose_signature_fails_is_an_invalid_credential_not_a_referral()
    {
        var @case = Submitted();
        var read = Read(UkrainianMicro("urn:uuid:badge-3"), CheckResult.NeedsReview);
        read = read with
        {
            Verification = read.Verification with
            {
                Checks = [.. read.Verification.Checks.Select(c => c.Check == VerificationCheck.EmbeddedProof
                    ? new CheckOutcome(c.Check, CheckResult.Failed, "The signature does not verify.", "EMBEDDED_PROOF_INVALID") : c)],
            },
        };

        @case.Resolve([read], Start.AddSeconds(1));

        Assert.Equal(CaseStatus.CredentialInvalid, @case.State.Status);
        Assert.Contains("EMBEDDED_PROOF_INVALID", @case.State.Journal[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outside_badge_that_could_not_be_read_now_waits_for_no_hub()
    {
        var @case = Submitted();
        var unavailable = new ResolvedCredential(new SignedEnvelope([], [], []), new CredentialVerification("", "",
            [new(VerificationCheck.EnvelopeFormat, CheckResult.Unavailable, "The credential could not be resolved now.", "PEER_UNAVAILABLE")], Start, Start), "", null);

        @case.Resolve([unavailable], Start.AddSeconds(1));

        Assert.Equal(CaseStatus.WaitingForPeer, @case.State.Status);
        Assert.Empty(@case.State.WaitingForHubIds);
    }
}
