using Exchange.Contracts.V1;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Hosting;
using Exchange.Hub.Mapping;
using Exchange.Hub.Mapping.Enums;
using Exchange.Hub.Rpc;
using Exchange.Hub.Security;
using Exchange.Hub.Services.Mapping;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using CaseStatus = Exchange.Hub.Grains.Recognition.CaseStatus;

namespace Exchange.Hub.Services.Recognition;

/// <summary>Recognition for the hub's universities and employers: each sees and acts on its own cases only.</summary>
[Authorize(Policy = HubPolicies.Institution)]
internal sealed class RecognitionGrpcService(IGrainFactory grains, ICaseIndex caseIndex, IOptions<HubOptions> hub, TimeProvider time)
    : RecognitionService.RecognitionServiceBase
{
    private static readonly TimeSpan WatchPoll = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan MaxSettleWithin = TimeSpan.FromSeconds(10);

    public override async Task<RecognitionCase> SubmitRecognitionRequest(SubmitRecognitionRequestRequest request, ServerCallContext context)
    {
        var submission = RecognitionRequestMapper.ToSubmission(request.Request);
        var caller = CallerIdentity.From(context);
        if (!string.Equals(caller.InstitutionId, submission.RequesterInstitutionId, StringComparison.Ordinal))
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED",
                "request.requester_institution_id must be the caller's own institution.", "request.requester_institution_id");
        }

        var settleWithin = SettleWithin(request);
        var grain = Case(CaseIds.For(submission.RequesterInstitutionId, submission.IdempotencyKey));
        var started = time.GetUtcNow();
        var state = await grain.SubmitAsync(submission, settleWithin, context.CancellationToken);
        if (settleWithin > TimeSpan.Zero)
        {
            // Settled in the submitting call as a rule; a case whose credentials were late is followed here.
            state = await SettledAsync(grain, state, started + settleWithin, context.CancellationToken);
        }

        return Map(state);
    }

    private static TimeSpan SettleWithin(SubmitRecognitionRequestRequest request)
    {
        if (request.SettleWithin is null)
        {
            return TimeSpan.Zero;
        }

        var violations = new FieldViolations();
        var wait = request.SettleWithin.Seconds >= 0 && request.SettleWithin.Nanos >= 0 ? request.SettleWithin.ToTimeSpan() : TimeSpan.MinValue;
        if (wait < TimeSpan.Zero || wait > MaxSettleWithin)
        {
            violations.Add("settle_within", $"settle_within must be between 0 and {MaxSettleWithin.TotalSeconds:0} s.");
        }

        violations.ThrowIfAny();
        return wait;
    }

    /// <summary>The case once automatic processing has settled it, or as it stands when the wait (or the call) ends.</summary>
    private async Task<RecognitionCaseState> SettledAsync(IRecognitionCaseGrain grain, RecognitionCaseState state, DateTimeOffset until, CancellationToken callEnded)
    {
        while (state.Status is CaseStatus.Received && !callEnded.IsCancellationRequested)
        {
            var left = until - time.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                break;
            }

            try
            {
                state = await grain.WaitForChangeAsync(state.Version, left, callEnded);
            }
            catch (OperationCanceledException) when (callEnded.IsCancellationRequested)
            {
                break;
            }
        }

        return state;
    }

    public override async Task<RecognitionCase> GetRecognitionCase(GetRecognitionCaseRequest request, ServerCallContext context) =>
        Map(await Case(RequireCaseId(request.CaseId)).GetAsync(Actor(context), context.CancellationToken));

    public override async Task<ListRecognitionCasesResponse> ListRecognitionCases(ListRecognitionCasesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var (offset, size) = Paging.Read(request.Page, violations);
        violations.ThrowIfAny();
        var actor = Actor(context);
        var query = new CaseListQuery(
            [.. request.Statuses.Where(s => s != Contracts.V1.CaseStatus.Unspecified).Select(RecognitionEnums.ToDomain)],
            request.Purpose == RecognitionPurpose.Unspecified ? null : RecognitionRequestMapper.Purpose(request.Purpose),
            request.UpdatedSince?.ToDateTimeOffset(), offset, size);
        var page = await caseIndex.ListAsync(actor.InstitutionId ?? "", query);
        var cases = await Task.WhenAll(page.CaseIds.Select(id => Case(id).GetAsync(actor, context.CancellationToken)));
        var response = new ListRecognitionCasesResponse { Page = Paging.Write(page.NextOffset, page.Total) };
        response.Cases.AddRange(cases.Select(Map));
        return response;
    }

    public override async Task WatchRecognitionCase(WatchRecognitionCaseRequest request, IServerStreamWriter<CaseUpdate> responseStream, ServerCallContext context)
    {
        if (request.AfterSequence < 0)
        {
            new FieldViolations().Add("after_sequence", "after_sequence cannot be negative.").ThrowIfAny();
        }

        var grain = Case(RequireCaseId(request.CaseId));
        var state = await grain.GetAsync(Actor(context), context.CancellationToken);
        var sent = request.AfterSequence;
        if (sent == 0 && state.Journal.Count > 0)
        {
            // The current state first; from there on, one update per journal entry.
            await responseStream.WriteAsync(new CaseUpdate { RecognitionCase = Map(state), Entry = RecognitionCaseMapper.Journal(state.Journal[^1]) }, context.CancellationToken);
            sent = state.Journal[^1].Sequence;
        }

        while (!context.CancellationToken.IsCancellationRequested)
        {
            // Entries that arrived together share one state: only the last of them carries it (a decided case
            // is several entries in one step, and the case is the bulk of every update).
            var fresh = state.Journal.Where(e => e.Sequence > sent).ToList();
            for (var i = 0; i < fresh.Count; i++)
            {
                var update = new CaseUpdate { Entry = RecognitionCaseMapper.Journal(fresh[i]) };
                if (i == fresh.Count - 1)
                {
                    update.RecognitionCase = Map(state);
                }

                await responseStream.WriteAsync(update, context.CancellationToken);
                sent = fresh[i].Sequence;
            }

            if (state.IsFinal)
            {
                return;
            }

            // The grain ends the poll as soon as the call is cancelled.
            state = await grain.WaitForChangeAsync(state.Version, WatchPoll, context.CancellationToken);
        }
    }

    public override async Task<RecognitionCase> SupplementRecognitionCase(SupplementRecognitionCaseRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations().Required(request.CaseId, "case_id");
        RecognitionRequestMapper.IdempotencyKey(violations, request.IdempotencyKey, "idempotency_key");
        var credentials = RecognitionRequestMapper.Credentials(violations, request.Credentials, "credentials");
        if (request.Credentials.Count == 0 && Texts.IsBlank(request.Notes))
        {
            violations.Add("credentials", "A supplement needs credentials or notes.");
        }

        violations.ThrowIfAny();
        var supplement = new CaseSupplement(request.IdempotencyKey, CaseIds.Fingerprint(request.ToByteArray()), credentials, Texts.First(request.Notes) ?? "");
        return Map(await Case(RequireCaseId(request.CaseId)).SupplementAsync(supplement, Actor(context), context.CancellationToken));
    }

    public override async Task<RecognitionCase> WithdrawRecognitionCase(WithdrawRecognitionCaseRequest request, ServerCallContext context) =>
        Map(await Case(RequireCaseId(request.CaseId)).WithdrawAsync(Texts.First(request.Reason) ?? "", Actor(context), context.CancellationToken));

    public override async Task<RecognitionCase> AppealRecognitionDecision(AppealRecognitionDecisionRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations().Required(request.CaseId, "case_id");
        RecognitionRequestMapper.IdempotencyKey(violations, request.IdempotencyKey, "idempotency_key");
        if (Texts.IsBlank(request.Grounds))
        {
            violations.Add("grounds", "An appeal needs its grounds in words.");
        }

        violations.ThrowIfAny();
        var appeal = new CaseAppealRequest(request.IdempotencyKey, CaseIds.Fingerprint(request.ToByteArray()), request.DecisionId, Texts.From(request.Grounds));
        return Map(await Case(RequireCaseId(request.CaseId)).AppealAsync(appeal, Actor(context), context.CancellationToken));
    }

    private IRecognitionCaseGrain Case(string caseId) => grains.Keyed<IRecognitionCaseGrain>(caseId);

    private RecognitionCase Map(RecognitionCaseState state) => RecognitionCaseMapper.ToProto(state, hub.Value.HubId, time.GetUtcNow());

    private static CaseActor Actor(ServerCallContext context)
    {
        var caller = CallerIdentity.From(context);
        return new CaseActor(CaseActorKind.Institution, caller.Subject, caller.InstitutionId ?? "");
    }

    /// <summary>An empty id is a mistake; a malformed one cannot name a case, so it is simply not found.</summary>
    internal static string RequireCaseId(string caseId)
    {
        new FieldViolations().Required(caseId, "case_id").ThrowIfAny();
        return CaseIds.IsWellFormed(caseId)
            ? caseId
            : throw new HubException(ErrorKind.NotFound, "CASE_NOT_FOUND", $"Case {caseId} was not found.", "case_id");
    }
}
