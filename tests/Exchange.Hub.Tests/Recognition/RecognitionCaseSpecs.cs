using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Credentials;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Tests.Infrastructure;
using static Exchange.Hub.Tests.Recognition.CaseSamples;

namespace Exchange.Hub.Tests.Recognition;

[Collection(CaseClusterGroup.Name)]
public sealed class RecognitionCaseSpecs(CaseClusterFixture cluster)
{
    private IRecognitionCaseGrain Grain(CaseSubmission s) => cluster.Grains.GetGrain<IRecognitionCaseGrain>(CaseIds.For(s.RequesterInstitutionId, s.IdempotencyKey));

    private CaseSubmission Registered(Func<string, Adapters.Credentials.Credential> build, out string credentialId)
    {
        credentialId = Unique("ua-mc");
        cluster.Resolver.Register(build(credentialId));
        return Submission(Unique("key"), credentialId);
    }

    [Fact]
    public async Task A_matching_credential_is_recognised_in_full_automatically_and_every_transition_is_journaled()
    {
        var submission = Registered(UkrainianMicro, out var credentialId);

        var state = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, submission, CaseStatus.Decided);

        Assert.Equal(DecisionOutcome.Full, state.Decision!.Outcome);
        Assert.Equal(DeciderKind.Automatic, state.Decision.DecidedBy);
        Assert.Equal([credentialId], state.Decision.CredentialIds);
        Assert.Equal(["submitted", "file_complete", "verified", "assessed", "decided"], state.Journal.Select(j => j.Event));
        Assert.Equal(
            [CaseStatus.Received, CaseStatus.FileComplete, CaseStatus.Verified, CaseStatus.Assessed, CaseStatus.Decided],
            state.Journal.Select(j => j.To));
        Assert.Equal([null, CaseStatus.Received, CaseStatus.FileComplete, CaseStatus.Verified, CaseStatus.Assessed], state.Journal.Select(j => j.From));
        Assert.Equal(Enumerable.Range(1, 5).Select(i => (long)i), state.Journal.Select(j => j.Sequence));
        Assert.All(state.Journal, j => Assert.False(string.IsNullOrWhiteSpace(j.Reason)));
        Assert.Equal(CaseActorKind.Institution, state.Journal[0].Actor.Kind);
        Assert.All(state.Journal.Skip(1), j => Assert.Equal(CaseActorKind.System, j.Actor.Kind));
        Assert.Equal(state.FileCompleteAt!.Value.AddMonths(4), state.Deadline);
        Assert.False(state.Decision.Appealable);
    }

    [Fact]
    public async Task A_closable_workload_gap_is_recognised_in_part_with_measures_and_an_appeal_route()
    {
        var submission = Registered(id => UkrainianMicro(id) with { Workload = new Workload(4.8m, CreditUnit.UkrainianEcts) }, out _);

        var state = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, submission, CaseStatus.Decided);

        Assert.Equal(DecisionOutcome.Partial, state.Decision!.Outcome);
        Assert.NotEmpty(state.Decision.Measures);
        Assert.NotEmpty(state.Decision.AppealInstructions);
        Assert.True(state.Decision.Appealable);
        Assert.Equal(state.Decision.DecidedAt.AddDays(30), state.Decision.AppealDeadline);
    }

    [Fact]
    public async Task A_potentially_substantial_difference_is_referred_to_the_review_queue_never_denied()
    {
        var submission = Registered(id => UkrainianMicro(id) with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) }, out _);

        var state = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, submission, CaseStatus.InReview);

        Assert.Null(state.Decision);
        Assert.Contains(Criterion.Level, state.Assessment!.Flagged);
        Assert.Equal("referred", state.Journal[^1].Event);
        // The case joins the queue after its change is saved and announced: the queue settles a moment later.
        var queue = cluster.Grains.GetGrain<IReviewQueueGrain>(ReviewQueueKeys.Key);
        await Eventually.True(async () => (await queue.ListAsync(new ReviewQueueQuery([Criterion.Level], 0, null, false, null, false, false, null, false, null, 100)))
            .Items.Any(i => i.CaseId == state.CaseId), TimeSpan.FromSeconds(10), $"Case {state.CaseId} never reached the review queue.");
    }

    [Fact]
    public async Task A_request_that_waits_is_decided_in_the_submitting_call()
    {
        var submission = Registered(UkrainianMicro, out _);

        var state = await Grain(submission).SubmitAsync(submission, TimeSpan.FromSeconds(5));

        Assert.Equal(CaseStatus.Decided, state.Status);
        Assert.Equal(["submitted", "file_complete", "verified", "assessed", "decided"], state.Journal.Select(j => j.Event));
    }

    [Fact]
    public async Task A_request_whose_credential_is_late_is_answered_as_received_when_its_wait_ends_and_is_decided_afterwards()
    {
        var submission = Registered(UkrainianMicro, out var credentialId);
        var issuingHubAnswers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cluster.Resolver.HoldUntil(credentialId, issuingHubAnswers.Task);

        var answered = await Grain(submission).SubmitAsync(submission, TimeSpan.FromMilliseconds(200));
        Assert.Equal(CaseStatus.Received, answered.Status);

        issuingHubAnswers.SetResult();
        var decided = await CaseDriver.WaitForAsync(Grain(submission), answered, CaseStatus.Decided);
        Assert.Single(decided.Journal, j => j.Event == "decided");
    }

    [Fact]
    public async Task The_same_request_twice_yields_one_case()
    {
        var submission = Registered(UkrainianMicro, out _);

        var first = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, submission, CaseStatus.Decided);
        var again = await Grain(submission).SubmitAsync(submission, TimeSpan.Zero);

        Assert.Equal(first.CaseId, again.CaseId);
        Assert.Equal(first.Version, again.Version);
        Assert.Single(again.Journal, j => j.Event == "submitted");
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused_as_key_reuse()
    {
        var submission = Registered(UkrainianMicro, out var credentialId);
        await Grain(submission).SubmitAsync(submission, TimeSpan.Zero);
        var other = Submission(submission.IdempotencyKey, credentialId, "another-credential");

        var refused = await Assert.ThrowsAsync<HubException>(() => Grain(other).SubmitAsync(other, TimeSpan.Zero));

        Assert.Equal(ErrorKind.AlreadyExists, refused.Kind);
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", refused.Reason);
    }

    [Fact]
    public async Task An_incomplete_file_is_kept_with_its_findings_and_a_supplement_completes_it()
    {
        var submission = Registered(id => UkrainianMicro(id) with { LearningOutcomes = [], Workload = null }, out _);
        var grain = Grain(submission);

        var incomplete = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, submission, CaseStatus.IncompleteFile);

        Assert.Null(incomplete.Deadline);
        Assert.Contains(incomplete.Findings, f => f.Missing && f.Element.Contains("workload", StringComparison.OrdinalIgnoreCase));
        var fixedId = Unique("ua-mc");
        cluster.Resolver.Register(UkrainianMicro(fixedId));
        var supplement = new CaseSupplement("sup-1", "fp-1", [new CredentialByReference("hub-ua", fixedId, "SHARE")], "Full transcript attached.");
        var supplemented = await grain.SupplementAsync(supplement, University);
        Assert.Equal("supplemented", supplemented.Journal[^1].Event);

        var decided = await CaseDriver.WaitForAsync(grain, supplemented, CaseStatus.Decided);

        Assert.Equal(DecisionOutcome.Full, decided.Decision!.Outcome);
        Assert.Empty(decided.Findings);
        Assert.Equal(submission.Fingerprint, decided.Submission!.Fingerprint);
        var again = await grain.SupplementAsync(supplement, University);
        Assert.Equal(decided.Version, again.Version);
        var reused = await Assert.ThrowsAsync<HubException>(() => grain.SupplementAsync(supplement with { Fingerprint = "fp-2" }, University));
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", reused.Reason);
    }

    [Fact]
    public async Task A_supplement_is_refused_unless_the_file_is_incomplete_or_invalid()
    {
        var submission = Registered(UkrainianMicro, out _);
        await CaseDriver.SubmitAndWaitAsync(cluster.Grains, submission, CaseStatus.Decided);

        var refused = await Assert.ThrowsAsync<HubException>(() =>
            Grain(submission).SupplementAsync(new CaseSupplement("s", "f", [], "notes"), University));

        Assert.Equal("CASE_STATE_CONFLICT", refused.Reason);
    }

    [Fact]
    public async Task A_credential_that_fails_verification_makes_the_case_credential_invalid_with_the_failed_check()
    {
        var credentialId = Unique("ua-mc");
        cluster.Resolver.Register(UkrainianMicro(credentialId), CheckResult.Failed);

        var state = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, Submission(Unique("key"), credentialId), CaseStatus.CredentialInvalid);

        Assert.Null(state.Decision);
        Assert.Contains("INSTITUTION_SIGNATURE_INVALID", state.Journal[^1].Reason, StringComparison.Ordinal);
        Assert.Equal(VerificationVerdict.Invalid, state.Verifications.Single().Verdict);
    }

    [Fact]
    public async Task An_unreachable_issuing_hub_leaves_the_case_waiting_and_the_reminder_resumes_it()
    {
        var credentialId = Unique("ua-mc");
        var submission = Submission(Unique("key"), credentialId);
        var grain = Grain(submission);

        var waiting = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, submission, CaseStatus.WaitingForPeer);
        Assert.Equal(["hub-ua"], waiting.WaitingForHubIds);

        cluster.Resolver.Register(UkrainianMicro(credentialId));
        await grain.TickAsync();

        var decided = await grain.GetAsync(University);
        Assert.Equal(CaseStatus.Decided, decided.Status);
        Assert.Empty(decided.WaitingForHubIds);
    }

    [Fact]
    public async Task A_case_waiting_for_an_unreachable_hub_goes_to_an_officer_once_the_policys_peer_wait_limit_has_passed()
    {
        var submission = Submission(Unique("key"), Unique("ua-mc"));
        var grain = Grain(submission);
        await CaseDriver.SubmitAndWaitAsync(cluster.Grains, submission, CaseStatus.WaitingForPeer);
        try
        {
            cluster.Clock.Advance(HubRecognitionPolicy.DefaultPeerWaitLimit - TimeSpan.FromMinutes(1));
            await grain.TickAsync();
            Assert.Equal(CaseStatus.WaitingForPeer, (await grain.GetAsync(University)).Status);

            cluster.Clock.Advance(TimeSpan.FromMinutes(2));
            await grain.TickAsync();
        }
        finally
        {
            cluster.Clock.Reset();
        }

        var referred = await grain.GetAsync(University);
        Assert.Equal(CaseStatus.InReview, referred.Status);
        Assert.Empty(referred.WaitingForHubIds);
        var journal = referred.Journal[^1];
        Assert.Equal(("peer_wait_exceeded", CaseStatus.WaitingForPeer), (journal.Event, journal.From));
        Assert.Contains("hub-ua", journal.Reason, StringComparison.Ordinal);
        Assert.Contains("7 days", journal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_activation_resumes_an_unfinished_case_from_its_stored_state()
    {
        var credentialId = Unique("ua-mc");
        var submission = Submission(Unique("key"), credentialId);
        var grain = Grain(submission);
        var waiting = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, submission, CaseStatus.WaitingForPeer);

        await cluster.Cluster.DeactivateAsync(grain);
        cluster.Resolver.Register(UkrainianMicro(credentialId));
        await grain.TickAsync();

        var decided = await grain.GetAsync(University);
        Assert.Equal(CaseStatus.Decided, decided.Status);
        Assert.Equal(waiting.Journal, decided.Journal.Take(waiting.Journal.Count));
    }

    [Fact]
    public async Task Another_institution_is_told_the_case_does_not_exist()
    {
        var submission = Registered(UkrainianMicro, out _);
        await Grain(submission).SubmitAsync(submission, TimeSpan.Zero);

        var refused = await Assert.ThrowsAsync<HubException>(() => Grain(submission).GetAsync(OtherUniversity));

        Assert.Equal(ErrorKind.NotFound, refused.Kind);
    }

    [Fact]
    public async Task A_case_is_withdrawn_before_a_decision_but_not_after()
    {
        var waitingSubmission = Submission(Unique("key"), Unique("unreachable"));
        await CaseDriver.SubmitAndWaitAsync(cluster.Grains, waitingSubmission, CaseStatus.WaitingForPeer);

        var withdrawn = await Grain(waitingSubmission).WithdrawAsync("The applicant chose another programme.", University);

        Assert.Equal(CaseStatus.Withdrawn, withdrawn.Status);
        Assert.Equal("withdrawn", withdrawn.Journal[^1].Event);
        var again = await Assert.ThrowsAsync<HubException>(() => Grain(waitingSubmission).WithdrawAsync("again", University));
        Assert.Equal("CASE_STATE_CONFLICT", again.Reason);
    }

    [Fact]
    public async Task A_missed_deadline_is_marked_overdue_in_the_case_journal_and_queue()
    {
        var submission = Registered(id => UkrainianMicro(id) with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) }, out _);
        var grain = Grain(submission);
        var referred = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, submission, CaseStatus.InReview);
        await grain.TickAsync();
        Assert.False((await grain.GetAsync(University)).Overdue);

        cluster.Clock.Advance(TimeSpan.FromDays(125));
        try
        {
            await grain.TickAsync();
            var overdue = await grain.GetAsync(University);

            Assert.True(overdue.Overdue);
            Assert.Equal("overdue", overdue.Journal[^1].Event);
            Assert.Equal(CaseStatus.InReview, overdue.Journal[^1].From);
            Assert.Equal(CaseStatus.InReview, overdue.Journal[^1].To);
            var queue = await cluster.Grains.GetGrain<IReviewQueueGrain>(ReviewQueueKeys.Key)
                .ListAsync(new ReviewQueueQuery([], 0, null, true, null, false, false, null, false, null, 1000));
            Assert.Contains(queue.Items, i => i.CaseId == referred.CaseId && i.Overdue);
            Assert.True(queue.OverdueCount >= 1);
        }
        finally
        {
            cluster.Clock.Reset();
        }
    }
}
