using Exchange.Contracts.V1;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Hosting;
using Exchange.Hub.Mapping;
using Exchange.Hub.Mapping.Enums;
using Exchange.Hub.Rpc;
using Exchange.Hub.Security;
using Exchange.Hub.Services.Mapping;
using Exchange.Hub.Services.Recognition;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using CommissionMember = Exchange.Hub.Grains.Review.CommissionMember;
using CommissionRole = Exchange.Hub.Grains.Review.CommissionRole;
using VoteChoice = Exchange.Hub.Grains.Review.VoteChoice;

namespace Exchange.Hub.Services.Review;

/// <summary>Officer review at this hub: the queue, case detail, assignment, decisions and commission votes.</summary>
[Authorize(Policy = HubPolicies.Officer)]
internal sealed class ReviewGrpcService(IGrainFactory grains, IPrecedents precedents, IOptions<HubOptions> hub, TimeProvider time)
    : ReviewService.ReviewServiceBase
{
    public override async Task<ListReviewQueueResponse> ListReviewQueue(ListReviewQueueRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var (_, size) = Paging.Read(request.Page is null ? null : new PageRequest { PageSize = request.Page.PageSize }, violations);
        if (!ReviewQueueFilterRules.TryReadPageToken(request.Page?.PageToken, out var after, out var tokenProblem))
        {
            violations.Add(ReviewQueueFilterRules.PageTokenField, tokenProblem);
        }

        if (!ReviewQueueFilterRules.TryReadOriginCountry(request.OriginCountry, out var origin, out var originProblem))
        {
            violations.Add(ReviewQueueFilterRules.OriginCountryField, originProblem);
        }

        foreach (var (field, problem) in ReviewQueueFilterRules.Problems(request.MinAgeDays, request.AssignedToMe, request.UnassignedOnly))
        {
            violations.Add(field, problem);
        }

        violations.ThrowIfAny();
        var caller = CallerIdentity.From(context);
        var page = await grains.Keyed<IReviewQueueGrain>(ReviewQueueKeys.Key).ListAsync(new ReviewQueueQuery(
            [.. request.FlaggedCriteria.Where(c => c != RecognitionCriterion.Unspecified).Select(RecognitionEnums.ToDomain)],
            request.MinAgeDays,
            request.DeadlineBefore?.ToDateTimeOffset(),
            request.OverdueOnly,
            request.AssignedToMe ? caller.Subject : null,
            request.UnassignedOnly,
            request.AppealsOnly,
            request.Purpose == RecognitionPurpose.Unspecified ? null : RecognitionRequestMapper.Purpose(request.Purpose),
            request.Order == ReviewQueueOrder.Oldest,
            after,
            size,
            origin), context.CancellationToken);
        var response = new ListReviewQueueResponse { Page = new PageResponse { NextPageToken = page.Next?.ToToken() ?? "", TotalSize = page.Total }, OverdueCount = page.OverdueCount };
        response.Items.AddRange(page.Items.Select(e => ReviewMapper.Item(e, page.AsOf)));
        return response;
    }

    public override async Task<ReviewCaseDetail> GetReviewCase(GetReviewCaseRequest request, ServerCallContext context)
    {
        var state = await Case(request.CaseId).GetAsync(Officer(context), context.CancellationToken);
        if (!state.WasReferred)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "CASE_STATE_CONFLICT", "This case was never referred to an officer.");
        }

        var detail = ReviewMapper.Detail(state, hub.Value.HubId, time.GetUtcNow());
        var earlier = await precedents.ForAsync(PrecedentSubject.Of(state), state.CaseId, PrecedentMapper.Shown);
        detail.Precedents.AddRange(earlier.Select(PrecedentMapper.ToProto));
        return detail;
    }

    public override async Task<RecognitionCase> AssignReviewCase(AssignReviewCaseRequest request, ServerCallContext context)
    {
        var actor = Officer(context);
        var officer = string.IsNullOrWhiteSpace(request.OfficerId) ? actor.Id : request.OfficerId;
        return Map(await Case(request.CaseId).AssignAsync(officer, actor, context.CancellationToken));
    }

    public override async Task<RecognitionCase> DecideReviewCase(DecideReviewCaseRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations().Required(request.CaseId, "case_id");
        var decision = ReviewMapper.Decision(request.Decision, "decision", violations);
        if (request.ExpectedVersion < 0)
        {
            violations.Add("expected_version", "expected_version cannot be negative.");
        }

        violations.ThrowIfAny();
        return Map(await Case(request.CaseId).DecideAsync(decision!, request.ExpectedVersion, Officer(context), context.CancellationToken));
    }

    public override async Task<Commission> StartCommission(StartCommissionRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations().Required(request.CaseId, "case_id");
        for (var i = 0; i < request.Members.Count; i++)
        {
            violations.Required(request.Members[i].OfficerId, $"members[{i}].officer_id");
        }

        if (request.Members.Select(m => m.OfficerId).Distinct(StringComparer.Ordinal).Count() != request.Members.Count)
        {
            violations.Add("members", "Each officer can sit on the commission once.");
        }

        var proposal = ReviewMapper.Decision(request.Proposal, "proposal", violations);
        if (proposal is not null)
        {
            foreach (var (field, problem) in OfficerDecisionRules.ProposalProblems(proposal, "proposal"))
            {
                violations.Add(field, problem);
            }
        }

        violations.ThrowIfAny();
        var members = request.Members.Select(m => new CommissionMember(m.OfficerId, m.DisplayName,
            m.Role == Contracts.V1.CommissionRole.Unspecified ? CommissionRole.Member : ReviewEnums.ToDomain(m.Role), m.Voting)).ToList();
        var start = new CommissionStart(members, request.MeetingAt?.ToDateTimeOffset(), request.Location, proposal!);
        var state = await Case(request.CaseId).StartCommissionAsync(start, Officer(context), context.CancellationToken);
        return ReviewMapper.Commission(state.Commission!, state.CaseId);
    }

    public override async Task<Commission> CastCommissionVote(CastCommissionVoteRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations().Required(request.CaseId, "case_id");
        if (request.Vote is null)
        {
            violations.Add("vote", "vote is required.");
        }
        else if (request.Vote.Choice == Contracts.V1.VoteChoice.Unspecified || !Enum.IsDefined(request.Vote.Choice))
        {
            violations.Add("vote.choice", "vote.choice must be FULL, PARTIAL, DENIED or ABSTAIN.");
        }

        violations.ThrowIfAny();
        var caller = CallerIdentity.From(context);
        if (!caller.IsCommissionMember || (request.Vote!.OfficerId.Length > 0 && request.Vote.OfficerId != caller.Subject))
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED", "Only a commission member votes, and only in their own name.");
        }

        var actor = new CaseActor(CaseActorKind.CommissionMember, caller.Subject);
        var state = await Case(request.CaseId).CastVoteAsync(ReviewEnums.ToDomain(request.Vote.Choice), Texts.From(request.Vote.Reasons), actor, context.CancellationToken);
        return ReviewMapper.Commission(state.Commission!, state.CaseId);
    }

    public override async Task<SealedCommissionProtocol> GetCommissionProtocol(GetCommissionProtocolRequest request, ServerCallContext context)
    {
        var state = await Case(request.CaseId).GetAsync(Officer(context), context.CancellationToken);
        if (state.SealedProtocol is not { } sealedProtocol)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "CASE_STATE_CONFLICT", "No commission has decided this case yet.");
        }

        return new SealedCommissionProtocol
        {
            Protocol = CommissionProtocol.Parser.ParseFrom(sealedProtocol.ProtocolBytes),
            ProtocolBytes = Google.Protobuf.ByteString.CopyFrom(sealedProtocol.ProtocolBytes),
            HubKeyId = sealedProtocol.HubKeyId,
            Signature = Google.Protobuf.ByteString.CopyFrom(sealedProtocol.Signature),
        };
    }

    private IRecognitionCaseGrain Case(string caseId) => grains.Keyed<IRecognitionCaseGrain>(RecognitionGrpcService.RequireCaseId(caseId));

    private RecognitionCase Map(RecognitionCaseState state) => RecognitionCaseMapper.ToProto(state, hub.Value.HubId, time.GetUtcNow());

    private static CaseActor Officer(ServerCallContext context) => new(CaseActorKind.Officer, CallerIdentity.From(context).Subject);
}
