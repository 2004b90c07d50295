using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Credentials;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Recognition.Cases;
using Exchange.Hub.Grains.Review;
using static Exchange.Hub.Tests.Recognition.CaseSamples;
using AdaptersCredential = Exchange.Adapters.Credentials.Credential;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>The case's rules on their own: no cluster, no storage, no clock; each step is given its time.</summary>
public sealed class RecognitionCaseAggregateSpecs
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly CaseHub Hub = new("hub-lv", "LV");
    private static readonly HubRecognitionPolicy Policy = HubRecognitionPolicy.Defaults("LV") with { CommissionMode = true };
    private static readonly LocalText[] Why = [new("en", "One EQF level below the course.")];
    private static readonly LocalText[] HowToAppeal = [new("en", "Appeal in writing within 30 days.")];
    private static readonly LocalText[] Remedies = [new("en", "Complete a level-6 module and apply again.")];

    private static OfficerDecisionInput Denial => new()
    {
        Outcome = DecisionOutcome.Denied,
        Justification = Why,
        Remedies = Remedies,
        AppealInstructions = HowToAppeal,
    };

    private static CommissionMember[] ThreeVoting =>
    [
        new("officer-chair", "Chair", CommissionRole.Chair, true),
        new("officer-ozola", "Ozola", CommissionRole.Member, true),
        new("officer-berzina", "Berzina", CommissionRole.Member, true),
        new("officer-secretary", "Secretary", CommissionRole.Secretary, false),
    ];

    private static RecognitionCase Submitted(out CaseSubmission submission, HubRecognitionPolicy? policy = null)
    {
        submission = Submission("key-1", "ua-mc-1");
        var @case = new RecognitionCase(CaseIds.For(submission.RequesterInstitutionId, submission.IdempotencyKey), new RecognitionCaseState(), policy ?? Policy, Hub);
        @case.Submit(submission, Start);
        return @case;
    }

    private static ResolvedCredential Verified(AdaptersCredential credential) => new(new SignedEnvelope([1], [2], []),
        new CredentialVerification(credential.Id, "hub-ua",
        [
            new(VerificationCheck.EnvelopeFormat, CheckResult.Passed, "Envelope well formed."),
            new(VerificationCheck.InstitutionSignature, CheckResult.Passed, "Institution signature verified."),
        ], Start, Start.AddHours(1)), "UA", credential);

    private static ResolvedCredential Unreachable(string credentialId) => new(new SignedEnvelope([], [], []),
        new CredentialVerification(credentialId, "hub-ua",
            [new(VerificationCheck.EnvelopeFormat, CheckResult.Unavailable, "hub-ua did not answer.", "PEER_UNAVAILABLE")], Start, Start),
        "", null);

    private static RecognitionCase Referred(HubRecognitionPolicy? policy = null)
    {
        var @case = Submitted(out _, policy);
        @case.Resolve([Verified(UkrainianMicro("ua-mc-1") with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) })], Start);
        Assert.Equal(CaseStatus.InReview, @case.State.Status);
        return @case;
    }

    private static RecognitionCase DeniedByOfficer(string officer)
    {
        var @case = Referred();
        @case.Assign(officer, Officer(officer), Start);
        @case.Decide(Denial, 0, Officer(officer), Start);
        return @case;
    }

    private static HubException Refusal(Action command) => Assert.Throws<HubException>(command);

    [Fact]
    public void A_submission_is_received_journaled_and_kept_without_share_codes_and_a_repeat_changes_nothing()
    {
        var @case = Submitted(out var submission);
        var state = @case.State;

        Assert.Equal(CaseStatus.Received, state.Status);
        Assert.Equal(1, state.Version);
        var entry = Assert.Single(state.Journal);
        Assert.Equal((1L, Start, (CaseStatus?)null, CaseStatus.Received, "submitted"), (entry.Sequence, entry.At, entry.From, entry.To, entry.Event));
        Assert.Equal(CaseActorKind.Institution, entry.Actor.Kind);
        Assert.All(state.Submission!.Credentials, c => Assert.Equal("", ((CredentialByReference)c).ShareCode));
        Assert.Equal("SHARE-ua-mc-1", ((CredentialByReference)state.CurrentCredentials[0]).ShareCode);

        Assert.Equal(CaseOutcome.Unchanged, @case.Submit(submission, Start.AddMinutes(1)));
        var reused = Refusal(() => @case.Submit(submission with { Fingerprint = "other" }, Start));
        Assert.Equal((ErrorKind.AlreadyExists, "IDEMPOTENCY_KEY_REUSED"), (reused.Kind, reused.Reason));
        Assert.Equal(1, state.Version);
    }

    [Fact]
    public void A_submission_asks_to_be_indexed_first_and_processed()
    {
        var submission = Submission("key-2", "ua-mc-2");
        var @case = new RecognitionCase("rc-2", new RecognitionCaseState(), Policy, Hub);

        Assert.Equal(new CaseOutcome(Changed: true, ToProcess: true), @case.Submit(submission, Start));
    }

    [Fact]
    public void A_matching_credential_is_decided_automatically_with_a_notice_for_its_issuing_hub()
    {
        var @case = Submitted(out _);

        var outcome = @case.Resolve([Verified(UkrainianMicro("ua-mc-1"))], Start.AddSeconds(1));

        var state = @case.State;
        Assert.Equal(CaseOutcome.Saved, outcome);
        Assert.Equal(["submitted", "file_complete", "verified", "assessed", "decided"], state.Journal.Select(j => j.Event));
        Assert.Equal([null, CaseStatus.Received, CaseStatus.FileComplete, CaseStatus.Verified, CaseStatus.Assessed], state.Journal.Select(j => j.From));
        Assert.Equal(Enumerable.Range(1, 5).Select(i => (long)i), state.Journal.Select(j => j.Sequence));
        Assert.Equal(5, state.Version);
        Assert.Equal((DecisionOutcome.Full, DeciderKind.Automatic, "hub-lv"), (state.Decision!.Outcome, state.Decision.DecidedBy, state.Decision.DeciderId));
        Assert.Equal(Start.AddSeconds(1).AddMonths(Policy.Rules.DecisionDeadlineMonths), state.Deadline);
        Assert.Equal("", ((CredentialByReference)state.CurrentCredentials[0]).ShareCode);
        var notice = Assert.Single(state.PeerNotices);
        Assert.Equal((state.Decision.DecisionId, "hub-ua"), (notice.DecisionId, notice.PeerHubId));
        Assert.Equal(["ua-mc-1"], notice.CredentialIds);

        var upkeep = @case.Upkeep(processingFailed: false);
        Assert.Equal(((TimeSpan?)CaseUpkeep.RetryPeriod, ReviewQueueChange.None, true), (upkeep.ReminderPeriod, upkeep.Queue, upkeep.HandOver));

        Assert.True(@case.HandedOver([notice]));
        Assert.Empty(state.PeerNotices);
        Assert.Equal(5, state.Version);
        Assert.Null(@case.Upkeep(processingFailed: false).ReminderPeriod);
    }

    [Fact]
    public void A_potentially_substantial_difference_is_referred_to_the_review_queue()
    {
        var @case = Referred();

        Assert.Null(@case.State.Decision);
        Assert.True(@case.State.WasReferred);
        Assert.Equal("referred", @case.State.Journal[^1].Event);
        var upkeep = @case.Upkeep(processingFailed: false);
        Assert.Equal(((TimeSpan?)CaseUpkeep.DeadlinePeriod, ReviewQueueChange.Upsert), (upkeep.ReminderPeriod, upkeep.Queue));
    }

    [Fact]
    public void An_unreachable_issuing_hub_makes_the_case_wait_once_and_past_the_policy_limit_refers_it()
    {
        var @case = Submitted(out _);

        @case.Resolve([Unreachable("ua-mc-1")], Start);
        Assert.Equal(CaseStatus.WaitingForPeer, @case.State.Status);
        Assert.Equal(["hub-ua"], @case.Upkeep(false).WaitingFor);
        Assert.Equal(CaseUpkeep.RetryPeriod, @case.Upkeep(false).ReminderPeriod);
        var version = @case.State.Version;

        @case.Resolve([Unreachable("ua-mc-1")], Start.AddDays(1));
        Assert.Equal(version, @case.State.Version);
        Assert.Equal(Start, @case.State.WaitingSince);

        @case.Resolve([Unreachable("ua-mc-1")], Start + Policy.PeerWaitLimit);
        Assert.Equal((CaseStatus.InReview, "peer_wait_exceeded"), (@case.State.Status, @case.State.Journal[^1].Event));
        Assert.Empty(@case.State.WaitingForHubIds);
        Assert.Null(@case.State.WaitingSince);
        Assert.Empty(@case.Upkeep(false).WaitingFor);
    }

    [Fact]
    public void A_processing_failure_keeps_a_received_case_on_a_retrying_reminder()
    {
        var @case = Submitted(out _);

        Assert.Null(@case.Upkeep(processingFailed: false).ReminderPeriod);
        Assert.Equal(CaseUpkeep.RetryPeriod, @case.Upkeep(processingFailed: true).ReminderPeriod);
    }

    [Fact]
    public void An_incomplete_file_is_supplemented_once_per_key_and_received_again()
    {
        var @case = Submitted(out _);
        @case.Resolve([Verified(UkrainianMicro("ua-mc-1") with { LearningOutcomes = [], Workload = null })], Start);
        Assert.Equal(CaseStatus.IncompleteFile, @case.State.Status);
        Assert.NotEmpty(@case.State.Findings);

        var supplement = new CaseSupplement("sup-1", "fp-1", [new CredentialByReference("hub-ua", "ua-mc-9", "S")], "Transcript attached.");
        Assert.Equal(CaseOutcome.Received, @case.Supplement(supplement, University, Start.AddDays(1)));
        Assert.Equal((CaseStatus.Received, "supplemented"), (@case.State.Status, @case.State.Journal[^1].Event));
        Assert.Empty(@case.State.Findings);
        Assert.Equal("ua-mc-9", ((CredentialByReference)@case.State.CurrentCredentials[0]).CredentialId);

        Assert.Equal(CaseOutcome.Unchanged, @case.Supplement(supplement, University, Start.AddDays(2)));
        var reused = Refusal(() => @case.Supplement(supplement with { Fingerprint = "fp-2" }, University, Start));
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", reused.Reason);
        var notNow = Refusal(() => @case.Supplement(supplement with { IdempotencyKey = "sup-2" }, University, Start));
        Assert.Equal("CASE_STATE_CONFLICT", notNow.Reason);
    }

    [Fact]
    public void Another_institution_never_learns_that_the_case_exists()
    {
        var @case = Submitted(out _);

        var refused = Refusal(() => @case.Withdraw("", OtherUniversity, Start));

        Assert.Equal((ErrorKind.NotFound, "CASE_NOT_FOUND"), (refused.Kind, refused.Reason));
        Assert.Equal(CaseStatus.Received, @case.State.Status);
    }

    [Fact]
    public void A_case_is_withdrawn_until_it_is_decided()
    {
        var open = Submitted(out _);
        Assert.Equal(CaseOutcome.Saved, open.Withdraw("", University, Start));
        Assert.Equal((CaseStatus.Withdrawn, "Withdrawn by the requester."), (open.State.Status, open.State.Journal[^1].Reason));
        Assert.True(open.State.IsFinal);

        var decided = DeniedByOfficer("officer-ozola");
        Assert.Equal("CASE_STATE_CONFLICT", Refusal(() => decided.Withdraw("", University, Start)).Reason);
    }

    [Fact]
    public void The_deadline_is_marked_once_when_it_has_passed()
    {
        var @case = Referred();
        var deadline = @case.State.Deadline!.Value;

        Assert.Equal(CaseOutcome.Unchanged, @case.MarkOverdue(deadline));
        Assert.False(@case.State.IsOverdueAt(deadline));
        Assert.Equal(CaseOutcome.Saved, @case.MarkOverdue(deadline.AddSeconds(1)));
        Assert.True(@case.State.Overdue);
        var entry = @case.State.Journal[^1];
        Assert.Equal(("overdue", CaseStatus.InReview, CaseStatus.InReview), (entry.Event, entry.From, entry.To));
        Assert.Equal(CaseOutcome.Unchanged, @case.MarkOverdue(deadline.AddDays(1)));
    }

    [Fact]
    public void A_missed_deadline_can_be_appealed_and_the_officer_who_missed_it_may_not_take_the_appeal()
    {
        var @case = Referred();
        @case.Assign("officer-ozola", Officer("officer-ozola"), Start);
        var appeal = new CaseAppealRequest("k1", "f1", "", [new LocalText("en", "No decision within the deadline.")]);
        Assert.Equal("CASE_STATE_CONFLICT", Refusal(() => @case.Appeal(appeal, University, Start)).Reason);

        var late = @case.State.Deadline!.Value.AddDays(1);
        Assert.Equal(CaseOutcome.Saved, @case.Appeal(appeal, University, late));

        Assert.Equal(CaseStatus.Appealed, @case.State.Status);
        Assert.Null(@case.State.AssignedOfficerId);
        Assert.Equal(["officer-ozola"], @case.State.OpenAppeal!.ExcludedOfficerIds);
        Assert.Equal("SAME_OFFICER", Refusal(() => @case.Assign("officer-ozola", Officer("admin"), late)).Reason);
        Assert.Equal(CaseOutcome.Unchanged, @case.Appeal(appeal, University, late));
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", Refusal(() => @case.Appeal(appeal with { Fingerprint = "f2" }, University, late)).Reason);
    }

    [Fact]
    public void An_officer_decision_is_checked_then_appealed_and_decided_again_by_another_officer()
    {
        var @case = Referred();
        Assert.Equal("NOT_ALLOWED", Refusal(() => @case.Decide(Denial, 0, Officer("officer-ozola"), Start)).Reason);
        @case.Assign("officer-ozola", Officer("officer-ozola"), Start);
        Assert.Equal("VERSION_CONFLICT", Refusal(() => @case.Decide(Denial, @case.State.Version - 1, Officer("officer-ozola"), Start)).Reason);
        var noRemedies = Refusal(() => @case.Decide(Denial with { Remedies = [] }, 0, Officer("officer-ozola"), Start));
        Assert.Equal((ErrorKind.InvalidArgument, "REQUIRED_ELEMENTS_INVALID"), (noRemedies.Kind, noRemedies.Reason));
        Assert.Equal("decision.remedies", noRemedies.Field);

        @case.Decide(Denial, @case.State.Version, Officer("officer-ozola"), Start);
        var denied = @case.State.Decision!;
        Assert.Equal((DecisionOutcome.Denied, DeciderKind.Officer), (denied.Outcome, denied.DecidedBy));
        Assert.Equal(Start.AddDays(Policy.AppealPeriodDays), denied.AppealDeadline);
        Assert.Single(@case.State.PeerNotices);

        var grounds = new CaseAppealRequest("k1", "f1", denied.DecisionId, [new LocalText("en", "The level was misread.")]);
        Assert.Equal("CASE_STATE_CONFLICT", Refusal(() => @case.Appeal(grounds, University, denied.AppealDeadline!.Value.AddSeconds(1))).Reason);
        @case.Appeal(grounds, University, Start.AddDays(1));
        Assert.Equal("SAME_OFFICER", Refusal(() => @case.Assign("officer-ozola", Officer("officer-ozola"), Start)).Reason);
        @case.Assign("officer-berzina", Officer("officer-berzina"), Start.AddDays(2));
        Assert.Equal(AppealStatus.InReview, @case.State.OpenAppeal!.Status);

        @case.Decide(Denial with { Outcome = DecisionOutcome.Partial }, 0, Officer("officer-berzina"), Start.AddDays(3));

        var redecided = @case.State.Decision!;
        Assert.Equal("redecided", @case.State.Journal[^1].Event);
        Assert.Equal(denied.DecisionId, redecided.SupersedesDecisionId);
        Assert.Same(denied, Assert.Single(@case.State.PreviousDecisions));
        Assert.Equal(AppealStatus.Decided, @case.State.Appeals[0].Status);
        Assert.Equal(redecided.DecisionId, @case.State.Appeals[0].ResolvingDecisionId);
        Assert.Equal(2, @case.State.PeerNotices.Count);
    }

    [Fact]
    public void A_full_recognition_leaves_nothing_to_appeal()
    {
        var @case = Submitted(out _);
        @case.Resolve([Verified(UkrainianMicro("ua-mc-1"))], Start);

        var refused = Refusal(() => @case.Appeal(new CaseAppealRequest("k1", "f1", @case.State.Decision!.DecisionId, []), University, Start));

        Assert.Equal("CASE_STATE_CONFLICT", refused.Reason);
    }

    [Fact]
    public void A_commission_needs_the_policy_minimum_of_voting_members_whoever_starts_it()
    {
        var @case = Referred();
        var version = @case.State.Version;
        CommissionMember[] two = [.. ThreeVoting.Where(m => m.OfficerId != "officer-berzina")];

        var refused = Refusal(() => @case.StartCommission(new CommissionStart(two, null, "online", Denial), Officer("officer-chair"), Start));

        Assert.Equal((ErrorKind.InvalidArgument, "COMMISSION_TOO_SMALL"), (refused.Kind, refused.Reason));
        Assert.Equal("members", refused.Field);
        Assert.Equal("A commission needs at least 3 voting members.", refused.Message);
        Assert.Equal((CaseStatus.InReview, version), (@case.State.Status, @case.State.Version));

        var smaller = Referred(Policy with { MinimumVotingMembers = 2 });
        Assert.Equal(CaseOutcome.Saved, smaller.StartCommission(new CommissionStart(two, null, "online", Denial), Officer("officer-chair"), Start));
        Assert.Equal(CaseStatus.InCommission, smaller.State.Status);
    }

    [Fact]
    public void A_commission_is_only_for_a_hub_in_commission_mode_and_a_referred_case()
    {
        var off = Referred(Policy with { CommissionMode = false });
        Assert.Equal("NOT_ALLOWED", Refusal(() => off.StartCommission(new CommissionStart(ThreeVoting, null, "", Denial), Officer("officer-chair"), Start)).Reason);

        var @case = Referred();
        @case.StartCommission(new CommissionStart(ThreeVoting, null, "", Denial), Officer("officer-chair"), Start);
        Assert.Equal("CASE_STATE_CONFLICT", Refusal(() => @case.StartCommission(new CommissionStart(ThreeVoting, null, "", Denial), Officer("officer-chair"), Start)).Reason);
        Assert.Equal("NOT_ALLOWED", Refusal(() => @case.Decide(Denial, 0, Officer("officer-chair"), Start)).Reason);
    }

    [Fact]
    public void A_commission_decides_by_majority_and_seals_its_protocol()
    {
        var @case = Referred();
        var sealer = new RecordingSealer();
        @case.StartCommission(new CommissionStart(ThreeVoting, Start.AddDays(7), "Riga", Denial), Officer("officer-chair"), Start);
        Assert.Equal(CommissionStatus.Voting, @case.State.Commission!.Status);

        Assert.Equal("NOT_ALLOWED", Refusal(() => @case.CastVote(VoteChoice.Denied, [], Member("officer-secretary"), sealer, Start)).Reason);
        @case.CastVote(VoteChoice.Partial, [], Member("officer-ozola"), sealer, Start);
        @case.CastVote(VoteChoice.Denied, [], Member("officer-ozola"), sealer, Start);
        Assert.Single(@case.State.Commission!.Votes);
        Assert.Equal(CaseStatus.InCommission, @case.State.Status);

        @case.CastVote(VoteChoice.Denied, [], Member("officer-berzina"), sealer, Start.AddDays(7));

        var state = @case.State;
        Assert.Equal((CaseStatus.Decided, "commission_decided"), (state.Status, state.Journal[^1].Event));
        Assert.Equal((DecisionOutcome.Denied, DeciderKind.Commission, "officer-chair"), (state.Decision!.Outcome, state.Decision.DecidedBy, state.Decision.DeciderId));
        Assert.Equal(CommissionStatus.Decided, state.Commission!.Status);
        Assert.Equal(state.Commission.ProtocolId, state.Decision.CommissionProtocolId);
        Assert.Same(state.Protocol, sealer.Sealed);
        Assert.NotNull(state.SealedProtocol);
        Assert.Equal("CASE_STATE_CONFLICT", Refusal(() => @case.CastVote(VoteChoice.Full, [], Member("officer-chair"), sealer, Start)).Reason);
    }

    [Fact]
    public void A_commission_split_three_ways_has_no_majority()
    {
        var @case = Referred();
        var sealer = new RecordingSealer();
        @case.StartCommission(new CommissionStart(ThreeVoting, null, "", Denial), Officer("officer-chair"), Start);

        @case.CastVote(VoteChoice.Full, [], Member("officer-chair"), sealer, Start);
        @case.CastVote(VoteChoice.Partial, [], Member("officer-ozola"), sealer, Start);
        @case.CastVote(VoteChoice.Denied, [], Member("officer-berzina"), sealer, Start);

        Assert.Equal((CaseStatus.InCommission, CommissionStatus.NoMajority), (@case.State.Status, @case.State.Commission!.Status));
        Assert.Null(@case.State.Decision);
        Assert.Null(sealer.Sealed);
    }

    [Fact]
    public void The_officer_who_decided_may_not_decide_the_appeal_even_when_the_case_is_in_their_hands()
    {
        var @case = DeniedByOfficer("officer-ozola");
        @case.Appeal(new CaseAppealRequest("k1", "f1", @case.State.Decision!.DecisionId, [new LocalText("en", "Grounds.")]), University, Start.AddDays(1));
        // An assignment that outlived the appeal (as stored by an earlier version) must not let the same officer decide.
        @case.State.AssignedOfficerId = "officer-ozola";
        var version = @case.State.Version;

        var refused = Refusal(() => @case.Decide(Denial, 0, Officer("officer-ozola"), Start.AddDays(2)));

        Assert.Equal((ErrorKind.FailedPrecondition, "SAME_OFFICER"), (refused.Kind, refused.Reason));
        Assert.Equal("Officer officer-ozola took the appealed decision; the appeal goes to a different officer.", refused.Message);
        Assert.Equal((CaseStatus.Appealed, version), (@case.State.Status, @case.State.Version));
    }

    [Fact]
    public void Every_member_of_a_commission_whose_decision_is_appealed_is_kept_off_the_appeal()
    {
        var @case = Referred();
        var sealer = new RecordingSealer();
        @case.StartCommission(new CommissionStart(ThreeVoting, null, "Riga", Denial), Officer("officer-chair"), Start);
        @case.CastVote(VoteChoice.Denied, [], Member("officer-chair"), sealer, Start);
        @case.CastVote(VoteChoice.Denied, [], Member("officer-ozola"), sealer, Start);
        @case.Appeal(new CaseAppealRequest("k1", "f1", @case.State.Decision!.DecisionId, [new LocalText("en", "Grounds.")]), University, Start.AddDays(1));

        Assert.All(ThreeVoting, m => Assert.Equal("SAME_OFFICER", Refusal(() => @case.Assign(m.OfficerId, Officer("officer-lead"), Start.AddDays(2))).Reason));
        Assert.Equal(CaseOutcome.Saved, @case.Assign("officer-kalnina", Officer("officer-lead"), Start.AddDays(2)));
    }

    private static CaseActor Member(string id) => new(CaseActorKind.CommissionMember, id);

    private sealed class RecordingSealer : ICommissionProtocolSealer
    {
        public CommissionProtocolRecord? Sealed { get; private set; }

        public SealedProtocol Seal(CommissionProtocolRecord protocol)
        {
            Sealed = protocol;
            return new SealedProtocol([1], "hub-lv-test", [2]);
        }
    }
}
