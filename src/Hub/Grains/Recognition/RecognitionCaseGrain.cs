using Microsoft.Extensions.Options;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition.Cases;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// Where a <see cref="RecognitionCase"/> lives: it loads the case, applies a command to it, writes the state once and
/// hands what must follow to its collaborators (<see cref="CaseUpkeepApplier"/> for the reminder, waiting lists, case
/// index and review queue; <see cref="PeerNoticeHandOver"/> for decision notices; <see cref="CaseWatchers"/> for long
/// polls). The request is persisted before anything that can fail; processing runs right after acceptance, in the
/// submitting call when the requester waits for it (settle_within), otherwise on a timer. A case is listed in the
/// <see cref="ICaseIndex"/> no later than its first write, and the index says "received" until processing has finished,
/// so a restarted hub resumes every case a crash interrupted without a reminder per case; only cases that wait (for a
/// peer, an officer, a deadline) or whose processing failed keep a reminder. A case leaves memory once it is final (or
/// after two idle minutes) and is activated again from storage when it is next asked for.
/// </summary>
[CollectionAgeLimit(Minutes = 2)]
public sealed partial class RecognitionCaseGrain(
    [PersistentState(RecognitionCaseGrain.StateName, HubStorage.Name)] IPersistentState<RecognitionCaseState> store,
    CaseCredentialResolution resolution,
    ICaseIndexWriter caseIndex,
    IPrecedents precedents,
    HubRecognitionPolicy policy,
    ICommissionProtocolSealer sealer,
    IPeerDecisionOutbox peerOutbox,
    IDecisionCredentialIssuer decisionCredentials,
    IOptions<HubOptions> hub,
    TimeProvider time,
    ILogger<RecognitionCaseGrain> logger,
    Stacking.IQualificationRequirements? qualifications = null) : Grain, IRecognitionCaseGrain, IRemindable
{
    /// <summary>The name the case's state is stored under.</summary>
    public const string StateName = "recognition-case";

    private readonly CaseWatchers _watchers = new();
    private readonly PeerNoticeHandOver _handOver = new(peerOutbox, caseIndex, logger);
    private RecognitionCase _case = null!;
    private CaseUpkeepApplier _upkeep = null!;

    // The processing run this activation has scheduled, if any: one run at a time, so a peer is not asked twice.
    private IGrainTimer? _processing;

    // Whether the last processing attempt failed: the received case then keeps a reminder that retries it.
    private bool _processingFailed;

    private RecognitionCaseState State => store.State;

    private CaseUpkeep Upkeep => _case.Upkeep(_processingFailed);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // The state is read by now; the case and its upkeep work on it for the whole activation.
        _case = new RecognitionCase(this.GetPrimaryKeyString(), State, policy, new CaseHub(hub.Value.HubId, hub.Value.Country));
        _upkeep = new CaseUpkeepApplier(this, GrainFactory, caseIndex, precedents, logger);

        // A case accepted just before a crash resumes as soon as anything (a reminder, a read) activates it.
        if (State.Exists && State.Status == CaseStatus.Received)
        {
            ScheduleProcessing();
        }

        // A decision taken just before a crash may not have reached its peer's outbox yet.
        if (State.PeerNotices.Count > 0)
        {
            ScheduleHandOver(saveAfterwards: true);
        }

        // Nor may a superseded decision's credential have been marked in the status list.
        if (SupersededUnmarked().Any())
        {
            ScheduleSupersessionMarks();
        }

        return Task.CompletedTask;
    }

    async Task<RecognitionCaseState> IRecognitionCaseGrain.SubmitAsync(CaseSubmission submission, TimeSpan settleWithin, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!_case.Submit(submission, now).Changed)
        {
            // A repeat of a request whose first answer was lost with an error after the case was stored.
            if (State.Status == CaseStatus.Received && _processing is null)
            {
                ScheduleProcessing();
            }

            return State;
        }

        if (settleWithin <= TimeSpan.Zero)
        {
            return await StoreAsync(CaseOutcome.Received);
        }

        await _upkeep.IndexAsync(State);
        var written = SaveAsync();
        // The issuing hubs answer while the request is being stored; nothing is applied before it is stored.
        var resolving = ResolveAsync(CancellationToken.None);
        try
        {
            await written;
        }
        catch
        {
            Forget(resolving);
            throw;
        }

        await SettleAsync(resolving, now + settleWithin);
        return State;
    }

    Task<RecognitionCaseState> IRecognitionCaseGrain.GetAsync(CaseActor actor, CancellationToken cancellationToken)
    {
        _case.RequireVisibleTo(actor);
        return Task.FromResult(State);
    }

    async Task<RecognitionCaseState> IRecognitionCaseGrain.WaitForChangeAsync(long knownVersion, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (State.Version == knownVersion)
        {
            await _watchers.WaitAsync(timeout, cancellationToken);
        }

        return State;
    }

    Task<RecognitionCaseState> IRecognitionCaseGrain.SupplementAsync(CaseSupplement supplement, CaseActor actor, CancellationToken cancellationToken) =>
        StoreAsync(_case.Supplement(supplement, actor, time.GetUtcNow()));

    Task<RecognitionCaseState> IRecognitionCaseGrain.WithdrawAsync(string reason, CaseActor actor, CancellationToken cancellationToken) =>
        StoreAsync(_case.Withdraw(reason, actor, time.GetUtcNow()));

    Task<RecognitionCaseState> IRecognitionCaseGrain.AppealAsync(CaseAppealRequest appeal, CaseActor actor, CancellationToken cancellationToken) =>
        StoreAsync(_case.Appeal(appeal, actor, time.GetUtcNow()));

    Task<RecognitionCaseState> IRecognitionCaseGrain.AssignAsync(string officerId, CaseActor actor, CancellationToken cancellationToken) =>
        StoreAsync(_case.Assign(officerId, actor, time.GetUtcNow()));

    Task<RecognitionCaseState> IRecognitionCaseGrain.DecideAsync(OfficerDecisionInput decision, long expectedVersion, CaseActor actor, CancellationToken cancellationToken) =>
        StoreAsync(_case.Decide(decision, expectedVersion, actor, time.GetUtcNow()));

    Task<RecognitionCaseState> IRecognitionCaseGrain.StartCommissionAsync(CommissionStart start, CaseActor actor, CancellationToken cancellationToken) =>
        StoreAsync(_case.StartCommission(start, actor, time.GetUtcNow()));

    Task<RecognitionCaseState> IRecognitionCaseGrain.CastVoteAsync(VoteChoice choice, IReadOnlyList<LocalText> reasons, CaseActor actor, CancellationToken cancellationToken) =>
        StoreAsync(_case.CastVote(choice, reasons, actor, sealer, time.GetUtcNow()));

    Task IRecognitionCaseGrain.TickAsync() => TickAsync();

    async Task<bool> IRecognitionCaseGrain.ResumeAsync()
    {
        // A decided case with notices says it handed them over as it does so (in the tick).
        var nothingToHandOver = State.PeerNotices.Count == 0;
        await TickAsync();
        if (nothingToHandOver && State.Decision is not null)
        {
            // Perhaps listed as handing over by a write whose notices went, but not the word that they did; a case
            // never decided was never listed, so a start resuming many received cases writes nothing more for them.
            await _handOver.SayHandedOverAsync(State);
        }

        return State.Exists;
    }

    // Called directly, not through the grain reference: a non-reentrant grain awaiting a call to itself would deadlock.
    Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        // The sync after the tick drops it if the case no longer needs it.
        _upkeep.ReminderFired(status.Period);
        return TickAsync();
    }

    private async Task TickAsync()
    {
        if (!State.Exists)
        {
            await _upkeep.DropStrayReminderAsync();
            return;
        }

        await _handOver.HandOverAsync(_case);
        await _handOver.SaveAsync(State, WriteAsync);
        if (State.Status is CaseStatus.Received or CaseStatus.WaitingForPeer)
        {
            // Activation may already have scheduled it (a received case): one run, not two calls to the same peer.
            if (_processing is null)
            {
                await ProcessOrRetryLaterAsync(CancellationToken.None);
            }

            return;
        }

        if (_case.MarkOverdue(time.GetUtcNow()).Changed)
        {
            await SaveAsync();
            return;
        }

        // Nothing changed: still make sure the reminder and the indexes match the state (they may lag after a crash).
        await _upkeep.ApplyAsync(State, Upkeep);
    }

    /// <summary>Writes what a command changed: a case (again) received is indexed before its write and then processed.</summary>
    private async Task<RecognitionCaseState> StoreAsync(CaseOutcome outcome)
    {
        if (!outcome.Changed)
        {
            return State;
        }

        if (outcome.ToProcess)
        {
            // Listed as unfinished before the write, so a crash cannot strand a case whose state was written.
            await _upkeep.IndexAsync(State);
        }

        await SaveAsync();
        if (outcome.ToProcess)
        {
            ScheduleProcessing();
        }

        return State;
    }

    private async Task SaveAsync()
    {
        await IssueDecisionCredentialAsync();
        await WriteAsync();
        await MarkSupersededAsync();
        _watchers.Changed();
        if (State.PeerNotices.Count > 0)
        {
            // Stored with the decision, and listed as unfinished until handed over: the caller need not wait for the
            // outbox's own write, and the reminder and the case index follow once the notices are in it.
            await _upkeep.ApplyAsync(State, Upkeep, beforeHandOver: true);
            ScheduleHandOver(saveAfterwards: false);
            return;
        }

        await _upkeep.ApplyAsync(State, Upkeep);
        LeaveMemoryIfFinal();
    }

    private async Task WriteAsync()
    {
        await store.WriteStateAsync();
        _handOver.Unsaved = false;
    }

    private void LeaveMemoryIfFinal()
    {
        if (State.IsFinal && State.PeerNotices.Count == 0)
        {
            // Nothing more will happen to it unless someone asks: a hub deciding hundreds of cases a second must not
            // keep each in memory (and in the collector's oldest generation) until it is collected as idle.
            DeactivateOnIdle();
        }
    }

    /// <summary>Hands over the pending notices in a turn of its own, then brings the reminder and indexes in step with
    /// the case. Right after a decision the hand-over is not saved (the next write, if any, carries it); on activation
    /// it is, as the stored state still holds notices that an earlier activation may have handed over long ago.</summary>
    private void ScheduleHandOver(bool saveAfterwards)
    {
        IGrainTimer? timer = null;
        timer = this.RegisterGrainTimer(async _ =>
        {
            try
            {
                await _handOver.HandOverAsync(_case);
                if (saveAfterwards)
                {
                    await _handOver.SaveAsync(State, WriteAsync);
                }

                await _upkeep.ApplyAsync(State, Upkeep);
                LeaveMemoryIfFinal();
            }
            finally
            {
                timer?.Dispose();
            }
        }, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }
}
