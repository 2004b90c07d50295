using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Recognition;
using Grpc.Core;
using static Exchange.Hub.Tests.Recognition.RecognitionApiSpecs;

namespace Exchange.Hub.Tests.Review;

/// <summary>ReviewService through a real hub: who may call it, and each RPC's refusals with their codes.</summary>
[Collection(KazakhHubGroup.Name)]
public sealed class ReviewApiSpecs(KazakhHubFixture fixture)
{
    private const string Unknown = "rc-000000000000000000000000";

    private static MultilingualText En(string text) => new() { Values = { new LocalizedText { Language = "en", Text = text } } };

    private async Task<string> WaitingCaseAsync()
    {
        var submitted = await fixture.University().SubmitRecognitionRequestAsync(new SubmitRecognitionRequestRequest
        {
            Request = new RecognitionRequest
            {
                IdempotencyKey = "key-" + Guid.NewGuid().ToString("N")[..12],
                RequesterInstitutionId = "KZ-KAZNU",
                Purpose = RecognitionPurpose.Admission,
                Target = new RecognitionTarget { Kind = TargetKind.Programme, TargetId = "7M06101" },
                Credentials = { new CredentialSource { Reference = new SharedCredentialRef { IssuingHubId = "hub-lv", CredentialId = "lv-ba-2019", ShareCode = "LV-8842" } } },
            },
        });
        return submitted.CaseId;
    }

    [Fact]
    public async Task Officers_read_the_queue_and_other_roles_are_refused()
    {
        var queue = await fixture.Officer().ListReviewQueueAsync(new ListReviewQueueRequest { OverdueOnly = true });
        var university = new ReviewService.ReviewServiceClient(fixture.Hub.CreateChannel(
            fixture.Token(new HubTokenRequest("registrar@KZ-KAZNU", HubRoles.Institution, "KZ-KAZNU", null, false))));
        var refused = await Assert.ThrowsAsync<RpcException>(() => university.ListReviewQueueAsync(new ListReviewQueueRequest()).ResponseAsync);
        var anonymous = await Assert.ThrowsAsync<RpcException>(() =>
            new ReviewService.ReviewServiceClient(fixture.Hub.CreateChannel()).ListReviewQueueAsync(new ListReviewQueueRequest()).ResponseAsync);

        Assert.Empty(queue.Items);
        Assert.Equal(0, queue.OverdueCount);
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_queue_refuses_negative_ages_foreign_page_tokens_and_countries_that_are_not_codes()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => fixture.Officer().ListReviewQueueAsync(new ListReviewQueueRequest
        {
            MinAgeDays = -1,
            Page = new PageRequest { PageToken = "next" },
            OriginCountry = "Kazakhstan",
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(["page.page_token", "origin_country", "min_age_days"], Violations(refused));
    }

    [Fact]
    public async Task Case_rpcs_answer_not_found_for_unknown_cases_and_a_state_conflict_for_cases_never_referred()
    {
        var officer = fixture.Officer();
        var waiting = await WaitingCaseAsync();

        var unknown = await Assert.ThrowsAsync<RpcException>(() => officer.GetReviewCaseAsync(new GetReviewCaseRequest { CaseId = Unknown }).ResponseAsync);
        var neverReferred = await Assert.ThrowsAsync<RpcException>(() => officer.GetReviewCaseAsync(new GetReviewCaseRequest { CaseId = waiting }).ResponseAsync);
        var assign = await Assert.ThrowsAsync<RpcException>(() => officer.AssignReviewCaseAsync(new AssignReviewCaseRequest { CaseId = waiting }).ResponseAsync);
        var protocol = await Assert.ThrowsAsync<RpcException>(() => officer.GetCommissionProtocolAsync(new GetCommissionProtocolRequest { CaseId = waiting }).ResponseAsync);
        var decide = await Assert.ThrowsAsync<RpcException>(() => officer.DecideReviewCaseAsync(new DecideReviewCaseRequest
        {
            CaseId = waiting,
            Decision = new OfficerDecision { Outcome = RecognitionOutcome.Full },
        }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal((StatusCode.FailedPrecondition, "CASE_STATE_CONFLICT"), (neverReferred.StatusCode, Reason(neverReferred)));
        Assert.Equal((StatusCode.FailedPrecondition, "CASE_STATE_CONFLICT"), (assign.StatusCode, Reason(assign)));
        Assert.Equal((StatusCode.FailedPrecondition, "CASE_STATE_CONFLICT"), (protocol.StatusCode, Reason(protocol)));
        Assert.Equal((StatusCode.FailedPrecondition, "CASE_STATE_CONFLICT"), (decide.StatusCode, Reason(decide)));
    }

    [Fact]
    public async Task A_denial_without_justification_remedies_or_appeal_route_is_refused_with_each_field()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => fixture.Officer().DecideReviewCaseAsync(new DecideReviewCaseRequest
        {
            CaseId = Unknown,
            Decision = new OfficerDecision { Outcome = RecognitionOutcome.Denied },
        }).ResponseAsync);
        var referral = await Assert.ThrowsAsync<RpcException>(() => fixture.Officer().DecideReviewCaseAsync(new DecideReviewCaseRequest
        {
            CaseId = Unknown,
            Decision = new OfficerDecision { Outcome = RecognitionOutcome.ReferredForReview },
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(["decision.justification", "decision.appeal_instructions", "decision.remedies"], Violations(refused));
        Assert.Equal(["decision.outcome"], Violations(referral));
    }

    /// <summary>A commission with a proposal fit for any outcome, so only its members or the case can be refused.</summary>
    private static StartCommissionRequest FitCommission(string caseId, params (string OfficerId, bool Voting)[] members)
    {
        var request = new StartCommissionRequest
        {
            CaseId = caseId,
            Proposal = new OfficerDecision
            {
                Outcome = RecognitionOutcome.Partial,
                Justification = En("Workload short by one credit."),
                Remedies = En("Earn one more credit."),
                AppealInstructions = En("Appeal within 30 days."),
            },
        };
        request.Members.AddRange(members.Select(m => new CommissionMember { OfficerId = m.OfficerId, Voting = m.Voting }));
        return request;
    }

    [Fact]
    public async Task A_commission_needs_enough_distinct_voting_members_and_a_proposal_fit_for_any_outcome()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => fixture.Officer().StartCommissionAsync(new StartCommissionRequest
        {
            CaseId = Unknown,
            Members =
            {
                new CommissionMember { OfficerId = "officer-a", Voting = true },
                new CommissionMember { OfficerId = "officer-a", Voting = true },
            },
            Proposal = new OfficerDecision { Outcome = RecognitionOutcome.Full },
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(["members", "proposal.justification", "proposal.appeal_instructions", "proposal.remedies"], Violations(refused));

        // The case itself refuses a commission with fewer voting members than its policy's minimum, whoever asks.
        var tooFew = await Assert.ThrowsAsync<RpcException>(() => fixture.Officer().StartCommissionAsync(
            FitCommission(Unknown, ("officer-a", true), ("officer-b", true), ("officer-c", false))).ResponseAsync);
        Assert.Equal((StatusCode.InvalidArgument, "COMMISSION_TOO_SMALL"), (tooFew.StatusCode, Reason(tooFew)));
        Assert.Equal(["members"], Violations(tooFew));

        var waiting = await WaitingCaseAsync();
        var notInReview = await Assert.ThrowsAsync<RpcException>(() => fixture.Officer().StartCommissionAsync(
            FitCommission(waiting, ("officer-a", true), ("officer-b", true), ("officer-c", true))).ResponseAsync);
        Assert.Equal((StatusCode.FailedPrecondition, "CASE_STATE_CONFLICT"), (notInReview.StatusCode, Reason(notInReview)));
    }

    [Fact]
    public async Task Only_commission_members_vote_in_their_own_name_with_a_choice()
    {
        var vote = new CastCommissionVoteRequest { CaseId = Unknown, Vote = new CommissionVote { Choice = VoteChoice.Full } };
        var notMember = await Assert.ThrowsAsync<RpcException>(() => fixture.Officer(commission: false).CastCommissionVoteAsync(vote).ResponseAsync);
        var inAnotherName = await Assert.ThrowsAsync<RpcException>(() => fixture.Officer("officer-a", commission: true).CastCommissionVoteAsync(
            new CastCommissionVoteRequest { CaseId = Unknown, Vote = new CommissionVote { Choice = VoteChoice.Full, OfficerId = "officer-b" } }).ResponseAsync);
        var noChoice = await Assert.ThrowsAsync<RpcException>(() => fixture.Officer(commission: true).CastCommissionVoteAsync(
            new CastCommissionVoteRequest { CaseId = Unknown, Vote = new CommissionVote() }).ResponseAsync);
        var unknownCase = await Assert.ThrowsAsync<RpcException>(() => fixture.Officer("officer-a", commission: true).CastCommissionVoteAsync(vote).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, notMember.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, inAnotherName.StatusCode);
        Assert.Equal(["vote.choice"], Violations(noChoice));
        Assert.Equal(StatusCode.NotFound, unknownCase.StatusCode);
    }
}
