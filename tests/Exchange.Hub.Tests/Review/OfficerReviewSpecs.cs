using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Signing;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Recognition;
using static Exchange.Hub.Tests.Recognition.CaseSamples;

namespace Exchange.Hub.Tests.Review;

[Collection(CaseClusterGroup.Name)]
public sealed class OfficerReviewSpecs(CaseClusterFixture cluster)
{
    private static readonly LocalText[] Why = [new("en", "The Ukrainian micro-credential sits one level below the course (EQF 5 against EQF 6).")];
    private static readonly LocalText[] HowToAppeal = [new("en", "Appeal in writing to the Ministry of Education and Science within 30 days.")];
    private static readonly LocalText[] Remedies = [new("en", "Complete a level-6 module in data analysis and apply again.")];

    private static OfficerDecisionInput Denial => new()
    {
        Outcome = DecisionOutcome.Denied,
        Justification = Why,
        Remedies = Remedies,
        AppealInstructions = HowToAppeal,
        ConfirmedSubstantial = new Dictionary<Criterion, string> { [Criterion.Level] = "One EQF level below the course." },
    };

    private IReviewQueueGrain Queue => cluster.Grains.GetGrain<IReviewQueueGrain>(ReviewQueueKeys.Key);

    private async Task<(IRecognitionCaseGrain Grain, RecognitionCaseState State)> ReferredCaseAsync()
    {
        var credentialId = Unique("ua-mc");
        cluster.Resolver.Register(UkrainianMicro(credentialId) with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) });
        var submission = Submission(Unique("key"), credentialId);
        var state = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, submission, CaseStatus.InReview);
        // The case joins the queue right after its change is announced: wait for it, as an officer would see it.
        await Eventually.True(async () => (await Queue.ListAsync(new ReviewQueueQuery([], 0, null, false, null, false, false, null, false, null, 1000)))
            .Items.Any(i => i.CaseId == state.CaseId), TimeSpan.FromSeconds(10), $"Case {state.CaseId} never reached the review queue.");
        return (cluster.Grains.GetGrain<IRecognitionCaseGrain>(state.CaseId), state);
    }

    [Fact]
    public async Task An_assigned_officer_denies_a_referred_case_with_reasons_remedies_and_the_appeal_route()
    {
        var (grain, referred) = await ReferredCaseAsync();
        var assigned = await grain.AssignAsync("officer-ozola", Officer("officer-ozola"));
        Assert.Equal("officer-ozola", assigned.AssignedOfficerId);

        var decided = await grain.DecideAsync(Denial, assigned.Version, Officer("officer-ozola"));

        Assert.Equal(CaseStatus.Decided, decided.Status);
        Assert.Equal(DecisionOutcome.Denied, decided.Decision!.Outcome);
        Assert.Equal(DeciderKind.Officer, decided.Decision.DecidedBy);
        Assert.Equal(Remedies, decided.Decision.Remedies);
        Assert.True(decided.Decision.Differences.Single(d => d.Criterion == Criterion.Level).ConfirmedSubstantial);
        Assert.Equal(["assigned", "decided"], decided.Journal.Skip(referred.Journal.Count).Select(j => j.Event));
        var queue = await Queue.ListAsync(new ReviewQueueQuery([], 0, null, false, null, false, false, null, false, null, 1000));
        Assert.DoesNotContain(queue.Items, i => i.CaseId == referred.CaseId);
    }

    [Theory]
    [InlineData(DecisionOutcome.Denied, "decision.justification", "decision.appeal_instructions", "decision.remedies")]
    [InlineData(DecisionOutcome.Partial, "decision.justification", "decision.appeal_instructions")]
    public void Partial_and_denied_decisions_require_their_written_parts(DecisionOutcome outcome, params string[] fields) =>
        Assert.Equal(fields, OfficerDecisionRules.Problems(new OfficerDecisionInput { Outcome = outcome }).Select(p => p.Field));

    [Fact]
    public void A_full_recognition_needs_no_justification() =>
        Assert.Empty(OfficerDecisionRules.Problems(new OfficerDecisionInput { Outcome = DecisionOutcome.Full }));

    [Fact]
    public async Task The_case_refuses_a_denial_without_remedies()
    {
        var (grain, _) = await ReferredCaseAsync();
        await grain.AssignAsync("officer-ozola", Officer("officer-ozola"));

        var refused = await Assert.ThrowsAsync<HubException>(() => grain.DecideAsync(Denial with { Remedies = [] }, 0, Officer("officer-ozola")));

        Assert.Equal(ErrorKind.InvalidArgument, refused.Kind);
        Assert.Equal("decision.remedies", refused.Field);
    }

    [Fact]
    public async Task Only_the_assigned_officer_decides_and_only_on_the_version_they_read()
    {
        var (grain, _) = await ReferredCaseAsync();
        var assigned = await grain.AssignAsync("officer-ozola", Officer("officer-lead"));

        var notAssigned = await Assert.ThrowsAsync<HubException>(() => grain.DecideAsync(Denial, 0, Officer("officer-berzina")));
        var stale = await Assert.ThrowsAsync<HubException>(() => grain.DecideAsync(Denial, assigned.Version - 1, Officer("officer-ozola")));

        Assert.Equal(ErrorKind.PermissionDenied, notAssigned.Kind);
        Assert.Equal("VERSION_CONFLICT", stale.Reason);
    }

    [Fact]
    public async Task Deciding_a_case_that_is_not_in_review_is_a_state_conflict()
    {
        var credentialId = Unique("ua-mc");
        cluster.Resolver.Register(UkrainianMicro(credentialId));
        var state = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, Submission(Unique("key"), credentialId), CaseStatus.Decided);
        var grain = cluster.Grains.GetGrain<IRecognitionCaseGrain>(state.CaseId);

        var decide = await Assert.ThrowsAsync<HubException>(() => grain.DecideAsync(Denial, 0, Officer("officer-ozola")));
        var assign = await Assert.ThrowsAsync<HubException>(() => grain.AssignAsync("officer-ozola", Officer("officer-ozola")));

        Assert.Equal((ErrorKind.FailedPrecondition, "CASE_STATE_CONFLICT"), (decide.Kind, decide.Reason));
        Assert.Equal("CASE_STATE_CONFLICT", assign.Reason);
    }

    [Fact]
    public async Task An_appeal_reopens_the_case_for_a_different_officer_who_re_decides_it()
    {
        var (grain, _) = await ReferredCaseAsync();
        await grain.AssignAsync("officer-ozola", Officer("officer-ozola"));
        var denied = await grain.DecideAsync(Denial, 0, Officer("officer-ozola"));
        var appeal = new CaseAppealRequest("appeal-1", "fp-a", denied.Decision!.DecisionId, [new LocalText("en", "The NQF 5 mapping ignores the 2020 framework.")]);

        var appealed = await grain.AppealAsync(appeal, University);

        Assert.Equal(CaseStatus.Appealed, appealed.Status);
        Assert.Equal(["officer-ozola"], appealed.Appeals.Single().ExcludedOfficerIds);
        var queue = await Queue.ListAsync(new ReviewQueueQuery([], 0, null, false, null, false, true, null, false, null, 1000));
        Assert.Contains(queue.Items, i => i.CaseId == appealed.CaseId && i.IsAppeal);

        var sameAssign = await Assert.ThrowsAsync<HubException>(() => grain.AssignAsync("officer-ozola", Officer("officer-lead")));
        Assert.Equal("SAME_OFFICER", sameAssign.Reason);

        await grain.AssignAsync("officer-berzina", Officer("officer-lead"));
        var redecided = await grain.DecideAsync(new OfficerDecisionInput
        {
            Outcome = DecisionOutcome.Partial,
            Justification = [new LocalText("en", "Recognised in part; the level gap is closed by a bridging module.")],
            AppealInstructions = HowToAppeal,
        }, 0, Officer("officer-berzina"));

        Assert.Equal(CaseStatus.Decided, redecided.Status);
        Assert.Equal(DecisionOutcome.Partial, redecided.Decision!.Outcome);
        Assert.Equal(denied.Decision.DecisionId, redecided.Decision.SupersedesDecisionId);
        Assert.Equal([denied.Decision.DecisionId], redecided.PreviousDecisions.Select(d => d.DecisionId));
        Assert.Equal(AppealStatus.Decided, redecided.Appeals.Single().Status);
        Assert.Equal("redecided", redecided.Journal[^1].Event);
        var again = await grain.AppealAsync(appeal, University);
        Assert.Equal(redecided.Version, again.Version);
    }

    [Fact]
    public async Task The_officer_of_the_appealed_decision_cannot_decide_the_appeal()
    {
        var (grain, _) = await ReferredCaseAsync();
        await grain.AssignAsync("officer-ozola", Officer("officer-ozola"));
        var denied = await grain.DecideAsync(Denial, 0, Officer("officer-ozola"));
        await grain.AppealAsync(new CaseAppealRequest("appeal-1", "fp", denied.Decision!.DecisionId, [new LocalText("en", "Grounds.")]), University);

        var refused = await Assert.ThrowsAsync<HubException>(() => grain.DecideAsync(Denial, 0, Officer("officer-ozola")));

        Assert.Equal((ErrorKind.FailedPrecondition, "SAME_OFFICER"), (refused.Kind, refused.Reason));
    }

    [Fact]
    public async Task Appeals_are_refused_for_full_recognition_a_stale_decision_or_a_reused_key()
    {
        var credentialId = Unique("ua-mc");
        cluster.Resolver.Register(UkrainianMicro(credentialId));
        var full = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, Submission(Unique("key"), credentialId), CaseStatus.Decided);
        var grain = cluster.Grains.GetGrain<IRecognitionCaseGrain>(full.CaseId);
        var grounds = new LocalText[] { new("en", "Grounds.") };

        var nothingToAppeal = await Assert.ThrowsAsync<HubException>(() => grain.AppealAsync(new("k1", "f1", full.Decision!.DecisionId, grounds), University));
        var notCurrent = await Assert.ThrowsAsync<HubException>(() => grain.AppealAsync(new("k2", "f2", "rc-other-d1", grounds), University));

        Assert.Equal("CASE_STATE_CONFLICT", nothingToAppeal.Reason);
        Assert.Equal("CASE_STATE_CONFLICT", notCurrent.Reason);

        var (referredGrain, _) = await ReferredCaseAsync();
        await referredGrain.AssignAsync("officer-ozola", Officer("officer-ozola"));
        var denied = await referredGrain.DecideAsync(Denial, 0, Officer("officer-ozola"));
        await referredGrain.AppealAsync(new("k1", "f1", denied.Decision!.DecisionId, grounds), University);
        var reused = await Assert.ThrowsAsync<HubException>(() => referredGrain.AppealAsync(new("k1", "f-other", denied.Decision.DecisionId, grounds), University));
        Assert.Equal((ErrorKind.AlreadyExists, "IDEMPOTENCY_KEY_REUSED"), (reused.Kind, reused.Reason));
    }

    [Fact]
    public async Task A_commission_decides_by_majority_and_its_protocol_is_sealed_with_the_hub_key()
    {
        var (grain, _) = await ReferredCaseAsync();
        CommissionMember[] members =
        [
            new("officer-chair", "Dr. Aigerim Sadykova", CommissionRole.Chair, true),
            new("officer-ozola", "Ilze Ozola", CommissionRole.Member, true),
            new("officer-berzina", "Anna Bērziņa", CommissionRole.Member, true),
            new("officer-secretary", "Marat Ospanov", CommissionRole.Secretary, false),
        ];
        var started = await grain.StartCommissionAsync(new CommissionStart(members, null, "online", Denial), Officer("officer-chair"));
        Assert.Equal(CaseStatus.InCommission, started.Status);

        var byOfficer = await Assert.ThrowsAsync<HubException>(() => grain.DecideAsync(Denial, 0, Officer("officer-chair")));
        Assert.Equal(ErrorKind.PermissionDenied, byOfficer.Kind);
        var notMember = await Assert.ThrowsAsync<HubException>(() => grain.CastVoteAsync(VoteChoice.Full, [], Member("officer-secretary")));
        Assert.Equal(ErrorKind.PermissionDenied, notMember.Kind);

        var one = await grain.CastVoteAsync(VoteChoice.Denied, [new LocalText("en", "Level gap.")], Member("officer-chair"));
        Assert.Equal(CommissionStatus.Voting, one.Commission!.Status);
        await grain.CastVoteAsync(VoteChoice.Partial, [], Member("officer-ozola"));
        var decided = await grain.CastVoteAsync(VoteChoice.Denied, [], Member("officer-berzina"));

        Assert.Equal(CaseStatus.Decided, decided.Status);
        Assert.Equal(CommissionStatus.Decided, decided.Commission!.Status);
        Assert.Equal(DecisionOutcome.Denied, decided.Decision!.Outcome);
        Assert.Equal(DeciderKind.Commission, decided.Decision.DecidedBy);
        Assert.Equal(decided.Commission.ProtocolId, decided.Decision.CommissionProtocolId);
        var protocol = Exchange.Contracts.V1.CommissionProtocol.Parser.ParseFrom(decided.SealedProtocol!.ProtocolBytes);
        Assert.Equal(4, protocol.Members.Count);
        Assert.Equal(3, protocol.Votes.Count);
        Assert.Equal((2, 1, 0), (protocol.Tally.Denied, protocol.Tally.Partial, protocol.Tally.Full));
        Assert.Equal(Exchange.Contracts.V1.RecognitionOutcome.Denied, protocol.Decision.Outcome);
        Assert.StartsWith("LV-COM-", protocol.ProtocolNumber, StringComparison.Ordinal);
        Assert.Equal(cluster.Keys.AttestationKeyId, decided.SealedProtocol.HubKeyId);
        Assert.True(Es256.Verify(cluster.Keys.AttestationKey,
            SignedDigest.Compute(SigningContext.CommissionProtocol, decided.SealedProtocol.ProtocolBytes), decided.SealedProtocol.Signature));

        var late = await Assert.ThrowsAsync<HubException>(() => grain.CastVoteAsync(VoteChoice.Full, [], Member("officer-ozola")));
        Assert.Equal("CASE_STATE_CONFLICT", late.Reason);
    }

    [Fact]
    public async Task Review_journal_entries_are_kept_as_messages_each_reader_sees_in_their_language()
    {
        var (grain, _) = await ReferredCaseAsync();
        CommissionMember[] members =
        [
            new("officer-chair", "Dr. Aigerim Sadykova", CommissionRole.Chair, true),
            new("officer-ozola", "Ilze Ozola", CommissionRole.Member, true),
            new("officer-berzina", "Anna Bērziņa", CommissionRole.Member, true),
        ];
        await grain.AssignAsync("officer-ozola", Officer("officer-ozola"));
        await grain.StartCommissionAsync(new CommissionStart(members, null, "online", Denial), Officer("officer-chair"));
        var voted = await grain.CastVoteAsync(VoteChoice.Partial, [], Member("officer-chair"));

        string Said(string eventName, string language) =>
            Exchange.Hub.Messaging.HubMessages.Render(voted.Journal.Last(j => j.Event == eventName).ReasonMessage!, language);

        // English is the text the journal always kept; the other languages come from the catalogue.
        Assert.Equal(voted.Journal.Last(j => j.Event == "assigned").Reason, Said("assigned", "en"));
        Assert.Equal("Призначено посадовій особі officer-ozola.", Said("assigned", "uk"));
        Assert.Equal("Commission of 3 voting member(s) to vote on a proposal of Denied.", Said("commission_started", "en"));
        Assert.Equal("Komisija ar 3 balsstiesīgiem locekļiem balso par priekšlikumu: atteikums atzīt.", Said("commission_started", "lv"));
        Assert.Equal("officer-chair дауыс берді: ішінара тану.", Said("vote_cast", "kk"));
    }

    [Fact]
    public void Without_a_majority_of_voting_members_nothing_is_decided()
    {
        CommissionMember[] members = [new("a", "A", CommissionRole.Chair, true), new("b", "B", CommissionRole.Member, true), new("c", "C", CommissionRole.Member, true)];
        var now = DateTimeOffset.UtcNow;
        var split = new CaseCommission("c1", members,
            [new("a", VoteChoice.Full, [], now), new("b", VoteChoice.Partial, [], now), new("c", VoteChoice.Abstain, [], now)],
            CommissionStatus.Voting, now, "online", Denial, null);

        Assert.Null(split.Majority());
        Assert.True(split.EveryoneVoted);
        Assert.Equal(VoteChoice.Full, (split with { Votes = [.. split.Votes.Take(2), new("c", VoteChoice.Full, [], now)] }).Majority());
    }

    [Fact]
    public async Task The_queue_filters_by_criterion_assignment_and_orders_by_deadline()
    {
        var (first, a) = await ReferredCaseAsync();
        var (_, b) = await ReferredCaseAsync();
        await first.AssignAsync("officer-ozola", Officer("officer-ozola"));

        var mine = await Queue.ListAsync(new ReviewQueueQuery([Criterion.Level], 0, null, false, "officer-ozola", false, false, null, false, null, 1000));
        var unassigned = await Queue.ListAsync(new ReviewQueueQuery([], 0, null, false, null, true, false, RecognitionPurpose.CreditTransfer, false, null, 1000));
        var workloadOnly = await Queue.ListAsync(new ReviewQueueQuery([Criterion.Workload], 0, null, false, "officer-ozola", false, false, null, false, null, 1000));
        var old = await Queue.ListAsync(new ReviewQueueQuery([], 30, null, false, null, false, false, null, false, null, 1000));

        Assert.Contains(mine.Items, i => i.CaseId == a.CaseId);
        Assert.DoesNotContain(unassigned.Items, i => i.CaseId == a.CaseId);
        Assert.Contains(unassigned.Items, i => i.CaseId == b.CaseId);
        Assert.DoesNotContain(workloadOnly.Items, i => i.CaseId == a.CaseId);
        Assert.DoesNotContain(old.Items, i => i.CaseId == b.CaseId);
        var deadlines = unassigned.Items.Select(i => i.Deadline ?? DateTimeOffset.MaxValue).ToList();
        Assert.Equal(deadlines.Order(), deadlines);
    }

    [Fact]
    public async Task The_review_detail_shows_each_difference_with_its_evidence_and_the_excluded_officers()
    {
        var (grain, _) = await ReferredCaseAsync();
        await grain.AssignAsync("officer-ozola", Officer("officer-ozola"));
        var denied = await grain.DecideAsync(Denial, 0, Officer("officer-ozola"));
        var appealed = await grain.AppealAsync(new CaseAppealRequest("a1", "f1", denied.Decision!.DecisionId, [new LocalText("en", "Grounds.")]), University);

        var detail = Services.Mapping.ReviewMapper.Detail(appealed, CaseClusterFixture.HubId, DateTimeOffset.UtcNow);

        var level = detail.ProposedAssessment.Differences.Single(d => d.Criterion == Exchange.Contracts.V1.RecognitionCriterion.Level);
        Assert.True(level.PotentiallySubstantial);
        Assert.Equal("level.below", level.Explanation.MessageKey);
        Assert.Contains(level.Evidence, e => e.Contains("EQF", StringComparison.Ordinal));
        Assert.Equal(Exchange.Contracts.V1.RecognitionOutcome.ReferredForReview, detail.ProposedAssessment.Outcome);
        Assert.Equal(["officer-ozola"], detail.ExcludedOfficerIds);
        Assert.Equal("Data analysis in Python", detail.Credentials.Single().Title.Values[1].Text);
        Assert.Equal(Exchange.Contracts.V1.CaseStatus.Appealed, detail.RecognitionCase.Status);
    }

    [Fact]
    public async Task A_case_left_undecided_past_its_deadline_can_be_appealed_for_another_officer()
    {
        var (grain, _) = await ReferredCaseAsync();
        await grain.AssignAsync("officer-ozola", Officer("officer-ozola"));
        var early = await Assert.ThrowsAsync<HubException>(() => grain.AppealAsync(new CaseAppealRequest("late-0", "f", "", [new LocalText("en", "No decision.")]), University));
        Assert.Equal("CASE_STATE_CONFLICT", early.Reason);

        cluster.Clock.Advance(TimeSpan.FromDays(125));
        try
        {
            var appealed = await grain.AppealAsync(new CaseAppealRequest("late-1", "f", "", [new LocalText("en", "No decision within four months.")]), University);

            Assert.Equal(CaseStatus.Appealed, appealed.Status);
            Assert.Null(appealed.Appeals.Single().AppealedDecisionId);
            Assert.Equal(["officer-ozola"], appealed.Appeals.Single().ExcludedOfficerIds);
        }
        finally
        {
            cluster.Clock.Reset();
        }
    }

    private static CaseActor Member(string id) => new(CaseActorKind.CommissionMember, id);
}
