using Exchange.Contracts.V1;
using Exchange.Hub.Web.Sharing;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using static Exchange.Hub.Tests.Federation.FederatedParties;

namespace Exchange.Hub.Tests.Federation;

/// <summary>
/// The cross-border flows of the federation across three hub processes: a Ukrainian credential recognised by a
/// Kazakh university automatically, and by a Latvian one after an officer weighed a substantial difference.
/// </summary>
public sealed class ThreeHubFederationSpecs(ThreeHubsFixture hubs) : IClassFixture<ThreeHubsFixture>
{
    private const string KzUniversity = "KZ-UNIVERSITY-1";
    private const string LvUniversity = "LV-UNIVERSITY-1";

    [Fact]
    public async Task A_UA_credential_shared_with_KZ_is_verified_there_and_recognised_automatically()
    {
        var reference = await IssueAndShareAsync(hubs.Ua, "three-full", "L-3-FULL", "hub-kz");

        var settled = await RequestRecognitionAsync(hubs.Kz, KzUniversity, "three-full", reference);

        Assert.True(settled.Status == CaseStatus.Decided, $"Case ended {settled.Status}: {string.Join("; ", settled.Journal.Select(j => j.Reason))}");
        Assert.Equal(RecognitionOutcome.Full, settled.Decision.Outcome);
        Assert.Equal(DeciderKind.Automatic, settled.Decision.DecidedBy.Kind);
        var report = Assert.Single(settled.VerificationReports);
        Assert.Equal("hub-ua", report.IssuingHubId);
        Assert.Equal(VerificationVerdict.Valid, report.Verdict);

        // Verified, file complete, assessed and decided were one step: watched afterwards, they arrive as one entry
        // each, and only the last update carries the (decided) case.
        using var watch = University(hubs.Kz, KzUniversity).WatchRecognitionCase(new WatchRecognitionCaseRequest { CaseId = settled.CaseId, AfterSequence = 1 });
        var updates = new List<CaseUpdate>();
        await foreach (var update in watch.ResponseStream.ReadAllAsync())
        {
            updates.Add(update);
        }

        Assert.Equal(settled.Journal.Skip(1).Select(e => e.Sequence), updates.Select(u => u.Entry.Sequence));
        Assert.All(updates.SkipLast(1), u => Assert.Null(u.RecognitionCase));
        Assert.Equal(CaseStatus.Decided, updates[^1].RecognitionCase.Status);
    }

    [Fact]
    public async Task A_university_that_waits_in_the_submitting_call_gets_the_automatic_decision_in_its_answer()
    {
        var reference = await IssueAndShareAsync(hubs.Ua, "three-sync", "L-3-SYNC", "hub-kz");
        var request = CrossBorderRequests.Course("three-sync", KzUniversity, reference);
        request.SettleWithin = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(10));

        var answered = await University(hubs.Kz, KzUniversity).SubmitRecognitionRequestAsync(request);

        Assert.Equal(CaseStatus.Decided, answered.Status);
        Assert.Equal(DeciderKind.Automatic, answered.Decision.DecidedBy.Kind);
        Assert.Equal("hub-ua", Assert.Single(answered.VerificationReports).IssuingHubId);
    }

    [Fact]
    public async Task A_substantial_workload_difference_at_LV_is_referred_to_an_LV_officer_who_decides_with_reasons()
    {
        var reference = await IssueAndShareAsync(hubs.Ua, "three-review", "L-3-REVIEW", "hub-lv");

        var referred = await RequestRecognitionAsync(hubs.Lv, LvUniversity, "three-review", reference, ectsRequired: "30");

        Assert.Equal(CaseStatus.InReview, referred.Status);
        Assert.Contains(RecognitionCriterion.Workload, referred.FlaggedCriteria);
        var officer = Officer(hubs.Lv, "lv-officer-1");
        var assigned = await officer.AssignReviewCaseAsync(new AssignReviewCaseRequest { CaseId = referred.CaseId });
        var decided = await officer.DecideReviewCaseAsync(new DecideReviewCaseRequest
        {
            CaseId = referred.CaseId,
            ExpectedVersion = assigned.Version,
            Decision = new OfficerDecision
            {
                Outcome = RecognitionOutcome.Partial,
                Justification = Text("5 of the 30 ECTS of the module are covered; the rest differs substantially in workload."),
                AppealInstructions = Text("Contest the decision in writing within 30 days."),
            },
        });
        Assert.Equal(CaseStatus.Decided, decided.Status);
        Assert.Equal(DeciderKind.Officer, decided.Decision.DecidedBy.Kind);
    }

    [Fact]
    public async Task A_share_code_that_expired_before_the_request_is_refused_naming_the_expiry()
    {
        var expiresAt = DateTime.UtcNow.AddSeconds(2);
        var reference = await IssueAndShareAsync(hubs.Ua, "three-expired", "L-3-EXPIRED", "hub-kz", expiresAt);
        while (DateTime.UtcNow <= expiresAt)
        {
            await Task.Delay(100);
        }

        var settled = await RequestRecognitionAsync(hubs.Kz, KzUniversity, "three-expired", reference);

        Assert.Equal(CaseStatus.CredentialInvalid, settled.Status);
        var check = Check(settled, VerificationCheckKind.ShareGrant);
        Assert.Equal(CheckResult.Failed, check.Result);
        Assert.Equal("SHARE_CODE_EXPIRED", check.FailureReason);
    }

    [Fact]
    public async Task A_share_for_KZ_links_to_the_web_pages_KZ_pinned_and_one_for_anyone_to_UAs_own()
    {
        var (issued, _) = await IssueAsync(hubs.Ua, "UA-XB-THREE-LINKS", "L-3-LINKS", "three-links", "hub-kz");
        var learner = Learner(hubs.Ua, "L-3-LINKS");
        var id = issued.Credential.CredentialId;
        var expires = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(3));

        var forKz = await learner.CreateShareGrantAsync(new CreateShareGrantRequest { CredentialId = id, ExpiresAt = expires, RecipientHubId = "hub-kz" });
        var forAnyone = await learner.CreateShareGrantAsync(new CreateShareGrantRequest { CredentialId = id, ExpiresAt = expires });

        Assert.Equal(new ShareLink("hub-ua", id, forKz.ShareCode).On(hubs.Kz.HttpAddress).AbsoluteUri, forKz.ShareUrl);
        Assert.Equal(new ShareLink("hub-ua", id, forAnyone.ShareCode).On(hubs.Ua.HttpAddress).AbsoluteUri, forAnyone.ShareUrl);
    }

    [Fact]
    public async Task A_share_meant_for_KZ_is_refused_to_LV_as_a_recipient_mismatch()
    {
        var reference = await IssueAndShareAsync(hubs.Ua, "three-mismatch", "L-3-MISMATCH", "hub-kz");

        var settled = await RequestRecognitionAsync(hubs.Lv, LvUniversity, "three-mismatch", reference);

        Assert.Equal(CaseStatus.CredentialInvalid, settled.Status);
        Assert.Equal("SHARE_RECIPIENT_MISMATCH", Check(settled, VerificationCheckKind.ShareGrant).FailureReason);
    }
}
