using Microsoft.Extensions.Options;
using System.Globalization;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Credentials;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// A recognition case as a durable state machine: received → file complete (or incomplete) → verified →
/// assessed → decided automatically or in review → decided → appealed → re-decided, every transition journaled.
/// The request is persisted before anything that can fail; processing runs right after acceptance, in the submitting
/// call when the requester waits for it (settle_within), otherwise on a timer. A case is listed in the
/// <see cref="ICaseIndex"/> no later than its first write (its <see cref="ICaseIndexWriter"/>, chosen with the storage,
/// knows how), and the index says "received" until processing has finished, so a restarted hub resumes every case a
/// crash interrupted without a reminder per case; only cases
/// that wait (for a peer, an officer, a deadline) or whose processing failed keep a reminder. A case leaves memory once
/// it is final (or after two idle minutes) and is activated again from storage when it is next asked for.
/// </summary>
[CollectionAgeLimit(Minutes = 2)]
public sealed partial class RecognitionCaseGrain(
    [PersistentState(RecognitionCaseGrain.StateName, HubStorage.Name)] IPersistentState<RecognitionCaseState> store,
    CaseCredentialResolution resolution,
    ICaseIndexWriter caseIndex,
    HubRecognitionPolicy policy,
    ICommissionProtocolSealer sealer,
    IPeerDecisionOutbox peerOutbox,
    IOptions<HubOptions> hub,
    TimeProvider time,
    ILogger<RecognitionCaseGrain> logger) : Grain, IRecognitionCaseGrain, IRemindable
{
    /// <summary>The name the case's state is stored under.</summary>
    public const string StateName = "recognition-case";

    private const string ReminderName = "case";
    private static readonly TimeSpan RetryPeriod = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan DeadlinePeriod = TimeSpan.FromHours(1);
    private static readonly RecognitionRules Rules = RecognitionRules.Default;

    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TimeSpan? _reminderPeriod;
    private IGrainTimer? _processing;
    private bool _processingFailed;
    private long _indexedVersion = -1;
    private long _queuedVersion = -1;
    private bool _handOverUnsaved;

    private RecognitionCaseState State => store.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
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

        return Task.CompletedTask;
    }

    async Task<RecognitionCaseState> IRecognitionCaseGrain.SubmitAsync(CaseSubmission submission, TimeSpan settleWithin)
    {
        if (State.Exists)
        {
            if (!string.Equals(State.Submission!.Fingerprint, submission.Fingerprint, StringComparison.Ordinal))
            {
                throw new HubException(ErrorKind.AlreadyExists, "IDEMPOTENCY_KEY_REUSED",
                    "This idempotency key was already used for a different request.", "request.idempotency_key");
            }

            // A repeat of a request whose first answer was lost with an error after the case was stored.
            if (State.Status == CaseStatus.Received && _processing is null)
            {
                ScheduleProcessing();
            }

            return State;
        }

        var now = time.GetUtcNow();
        State.CaseId = this.GetPrimaryKeyString();
        // The submission is kept for the record without share codes; only the credentials still to fetch carry them.
        State.Submission = submission with { Credentials = [.. submission.Credentials.Select(c => c.WithoutSecrets())] };
        State.ReceivedAt = now;
        State.CurrentCredentials = [.. submission.Credentials];
        Transition(CaseStatus.Received, new CaseActor(CaseActorKind.Institution, submission.RequesterInstitutionId, submission.RequesterInstitutionId),
            "submitted", string.Create(CultureInfo.InvariantCulture, $"Request accepted with {submission.Credentials.Count} credential(s)."));
        if (settleWithin <= TimeSpan.Zero)
        {
            await IndexThenSaveAsync();
            ScheduleProcessing();
            return State;
        }

        await IndexAsync();
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

    Task<RecognitionCaseState> IRecognitionCaseGrain.GetAsync(CaseActor actor)
    {
        RequireVisibleTo(actor);
        return Task.FromResult(State);
    }

    async Task<RecognitionCaseState> IRecognitionCaseGrain.WaitForChangeAsync(long knownVersion, TimeSpan timeout)
    {
        if (State.Version == knownVersion)
        {
            await Task.WhenAny(_changed.Task, Task.Delay(timeout));
        }

        return State;
    }

    async Task<RecognitionCaseState> IRecognitionCaseGrain.SupplementAsync(CaseSupplement supplement, CaseActor actor)
    {
        RequireVisibleTo(actor);
        if (State.SupplementKeys.TryGetValue(supplement.IdempotencyKey, out var fingerprint))
        {
            return string.Equals(fingerprint, supplement.Fingerprint, StringComparison.Ordinal)
                ? State
                : throw new HubException(ErrorKind.AlreadyExists, "IDEMPOTENCY_KEY_REUSED",
                    "This idempotency key was already used for a different supplement.", "idempotency_key");
        }

        RequireStatus("supplemented", CaseStatus.IncompleteFile, CaseStatus.CredentialInvalid);
        State.SupplementKeys[supplement.IdempotencyKey] = supplement.Fingerprint;
        if (supplement.Credentials.Count > 0)
        {
            State.CurrentCredentials = [.. supplement.Credentials];
        }

        State.Findings.Clear();
        State.FileCompleteAt = null;
        State.Deadline = null;
        Transition(CaseStatus.Received, actor, "supplemented",
            string.IsNullOrWhiteSpace(supplement.Notes) ? "The requester supplemented the file." : supplement.Notes);
        // Received again: listed as unfinished before the write, as on submission, so a crash cannot strand it.
        await IndexThenSaveAsync();
        ScheduleProcessing();
        return State;
    }

    async Task<RecognitionCaseState> IRecognitionCaseGrain.WithdrawAsync(string reason, CaseActor actor)
    {
        RequireVisibleTo(actor);
        if (State.Status is CaseStatus.Decided or CaseStatus.Withdrawn or CaseStatus.Appealed)
        {
            throw Conflict($"A case that is {State.Status} cannot be withdrawn.");
        }

        Transition(CaseStatus.Withdrawn, actor, "withdrawn", string.IsNullOrWhiteSpace(reason) ? "Withdrawn by the requester." : reason);
        await SaveAsync();
        return State;
    }

    async Task<RecognitionCaseState> IRecognitionCaseGrain.AppealAsync(CaseAppealRequest appeal, CaseActor actor)
    {
        RequireVisibleTo(actor);
        if (State.Appeals.FirstOrDefault(a => a.IdempotencyKey == appeal.IdempotencyKey) is { } earlier)
        {
            return string.Equals(earlier.Fingerprint, appeal.Fingerprint, StringComparison.Ordinal)
                ? State
                : throw new HubException(ErrorKind.AlreadyExists, "IDEMPOTENCY_KEY_REUSED",
                    "This idempotency key was already used for a different appeal.", "idempotency_key");
        }

        var now = time.GetUtcNow();
        IReadOnlyList<string> excluded;
        if (appeal.DecisionId.Length > 0)
        {
            var decision = State.Status == CaseStatus.Decided ? State.Decision : null;
            if (decision is null || decision.DecisionId != appeal.DecisionId)
            {
                throw Conflict("Only the case's current decision can be appealed.");
            }

            if (!decision.Appealable)
            {
                throw Conflict("A full recognition leaves nothing to appeal.");
            }

            if (decision.AppealDeadline is { } until && now > until)
            {
                throw Conflict(string.Create(CultureInfo.InvariantCulture, $"The appeal period ended on {until:yyyy-MM-dd}."));
            }

            excluded = decision.DecidedBy switch
            {
                DeciderKind.Officer => [decision.DeciderId],
                DeciderKind.Commission => [.. State.Commission?.Members.Select(m => m.OfficerId) ?? []],
                _ => [],
            };
        }
        else
        {
            if (State.Status is not (CaseStatus.InReview or CaseStatus.InCommission) || !State.IsOverdueAt(now))
            {
                throw Conflict("Without a decision, only a case whose decision deadline has passed can be appealed.");
            }

            excluded = State.AssignedOfficerId is { } officer ? [officer] : [];
        }

        State.Appeals.Add(new CaseAppeal(
            $"{State.CaseId}-a{State.Appeals.Count + 1}", appeal.IdempotencyKey, appeal.Fingerprint,
            appeal.DecisionId.Length > 0 ? appeal.DecisionId : null, appeal.Grounds, actor, now,
            AppealStatus.Lodged, excluded, null, null));
        State.AssignedOfficerId = null;
        State.WasReferred = true;
        Transition(CaseStatus.Appealed, actor, "appealed", (appeal.Grounds.Count > 0 ? appeal.Grounds[0].Text : null) ?? "Appeal lodged.");
        await SaveAsync();
        return State;
    }

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
            await SayHandedOverAsync();
        }

        return State.Exists;
    }

    // Called directly, not through the grain reference: a non-reentrant grain awaiting a call to itself would deadlock.
    Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        // It exists, whatever this activation assumed: the sync after the tick drops it if the case no longer needs it.
        _reminderPeriod ??= status.Period;
        return TickAsync();
    }

    private async Task TickAsync()
    {
        if (!State.Exists)
        {
            if (await this.GetReminder(ReminderName) is { } stray)
            {
                await this.UnregisterReminder(stray);
            }

            return;
        }

        await HandOverPeerNoticesAsync();
        await SaveHandOverAsync();
        if (State.Status is CaseStatus.Received or CaseStatus.WaitingForPeer)
        {
            // Activation may already have scheduled it (a received case): one run, not two calls to the same peer.
            if (_processing is null)
            {
                await ProcessOrRetryLaterAsync(CancellationToken.None);
            }

            return;
        }

        var now = time.GetUtcNow();
        if (!State.IsFinal && !State.Overdue && State.Deadline is { } deadline && now > deadline)
        {
            State.Overdue = true;
            Record(CaseActor.System, "overdue", string.Create(CultureInfo.InvariantCulture,
                $"The decision deadline of {deadline:yyyy-MM-dd} has passed without a decision."));
            await SaveAsync();
            return;
        }

        // Nothing changed: still make sure the reminder and the indexes match the state (they may lag after a crash).
        await AfterSaveAsync();
    }

    private void ScheduleProcessing()
    {
        _processing?.Dispose();
        // The timer is disposed only after processing: disposing it cancels the token the callback runs with,
        // which would abort a resolve that is waiting on a peer hub.
        IGrainTimer? timer = null;
        timer = this.RegisterGrainTimer(async ct =>
        {
            try
            {
                await ProcessOrRetryLaterAsync(ct);
            }
            finally
            {
                if (ReferenceEquals(_processing, timer))
                {
                    _processing = null;
                }

                timer?.Dispose();
            }
        }, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        _processing = timer;
    }

    private Task ProcessOrRetryLaterAsync(CancellationToken cancellationToken) => RetryLaterOnFailureAsync(async () =>
    {
        if (State.Status is CaseStatus.Received or CaseStatus.WaitingForPeer)
        {
            await ApplyAndSaveAsync(await ResolveAsync(cancellationToken));
        }
    });

    /// <summary>Finishes processing in the submitting call with the credentials being fetched, if they arrive by
    /// <paramref name="settleBy"/>; otherwise the processing timer takes over (and fetches again), as for a request
    /// that does not wait.</summary>
    private async Task SettleAsync(Task<IReadOnlyList<ResolvedCredential>> resolving, DateTimeOffset settleBy)
    {
        IReadOnlyList<ResolvedCredential> resolved;
        try
        {
            resolved = await resolving.WaitAsync(Max(settleBy - time.GetUtcNow(), TimeSpan.Zero), time);
        }
        catch (TimeoutException)
        {
            Forget(resolving);
            ScheduleProcessing();
            return;
        }

        await RetryLaterOnFailureAsync(() => ApplyAndSaveAsync(resolved));
    }

    private async Task RetryLaterOnFailureAsync(Func<Task> processing)
    {
        try
        {
            await processing();
            _processingFailed = false;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The case stays where it was; its reminder (registered now) retries, as a restart would.
            _processingFailed = true;
            LogProcessingFailed(logger, ex, State.CaseId);
            await SyncReminderAsync();
        }
    }

    /// <summary>Every credential of the case, resolved and verified; touches nothing of the case.</summary>
    private async Task<IReadOnlyList<ResolvedCredential>> ResolveAsync(CancellationToken cancellationToken)
    {
        var requester = State.RequesterInstitutionId;
        var sources = State.CurrentCredentials.ToArray();
        var resolved = new List<ResolvedCredential>(sources.Length);
        foreach (var source in sources)
        {
            resolved.Add(await resolution.ResolveAsync(source, requester, cancellationToken));
        }

        return resolved;
    }

    private async Task ApplyAndSaveAsync(IReadOnlyList<ResolvedCredential> resolved)
    {
        ApplyResolution(resolved);
        await SaveAsync();
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>A fetch nobody waits for any more: its outcome is dropped (it never fails, but is observed anyway).</summary>
    private static void Forget(Task task) =>
        task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    internal void Transition(CaseStatus to, CaseActor actor, string eventName, string reason) =>
        Append(State.Exists && State.Journal.Count > 0 ? State.Status : null, to, actor, eventName, reason);

    internal void Record(CaseActor actor, string eventName, string reason) => Append(State.Status, State.Status, actor, eventName, reason);

    private void Append(CaseStatus? from, CaseStatus to, CaseActor actor, string eventName, string reason)
    {
        var now = time.GetUtcNow();
        State.Journal.Add(new CaseJournalEntry(State.Journal.Count + 1, now, actor, from, to, eventName, reason));
        State.Status = to;
        State.Version++;
        State.UpdatedAt = now;
    }

    /// <summary>Saves a case that is (again) received: its index row goes first, so a restarted hub finds every case
    /// whose state was written.</summary>
    private async Task IndexThenSaveAsync()
    {
        await IndexAsync();
        await SaveAsync();
    }

    private async Task SaveAsync()
    {
        await WriteAsync();
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
        if (State.PeerNotices.Count > 0)
        {
            // Stored with the decision, and listed as unfinished until handed over: the caller need not wait for the
            // outbox's own write, and the reminder and the case index follow once the notices are in it. An officer's
            // queue does not wait: the case leaves it before the officer has the answer.
            await AfterSaveAsync(beforeHandOver: true);
            ScheduleHandOver(saveAfterwards: false);
            return;
        }

        await AfterSaveAsync();
        LeaveMemoryIfFinal();
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

    private async Task WriteAsync()
    {
        await store.WriteStateAsync();
        _handOverUnsaved = false;
    }

    /// <summary>Keeps the reminder, the list of cases waiting for a peer, the institution's case list and the review
    /// queue in step with the case. A failure here never undoes the saved change; the next reminder tick repairs it.</summary>
    /// <param name="beforeHandOver">Right after a write holding decision notices: the review queue only; the reminder and
    /// the case index follow the hand-over.</param>
    private async Task AfterSaveAsync(bool beforeHandOver = false)
    {
        try
        {
            if (!beforeHandOver)
            {
                await SyncReminderAsync();
                if (State.Status == CaseStatus.WaitingForPeer)
                {
                    foreach (var peerHubId in State.WaitingForHubIds)
                    {
                        await GrainFactory.Keyed<IPeerWaitersGrain>(peerHubId).WaitAsync(State.CaseId);
                    }
                }

                await IndexAsync();
            }

            await SyncReviewQueueAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogSyncFailed(logger, ex, State.CaseId);
        }
    }

    private async Task SyncReviewQueueAsync()
    {
        if (State.Version == _queuedVersion)
        {
            return;
        }

        // Most cases never reach the queue: only those that did are told to leave it.
        if (State.AwaitsReview)
        {
            await ReviewQueue.UpsertAsync(ReviewQueueEntry.From(State));
        }
        else if (State.WasReferred)
        {
            await ReviewQueue.RemoveAsync(State.CaseId, State.Version);
        }

        _queuedVersion = State.Version;
    }

    private IReviewQueueGrain ReviewQueue => GrainFactory.Keyed<IReviewQueueGrain>(ReviewQueueKeys.Key);

    private async Task IndexAsync()
    {
        if (State.Version != _indexedVersion)
        {
            await caseIndex.WriteRowAsync(State);
            _indexedVersion = State.Version;
        }
    }

    private async Task SyncReminderAsync()
    {
        TimeSpan? wanted = State.Status switch
        {
            _ when State.PeerNotices.Count > 0 => RetryPeriod,
            CaseStatus.WaitingForPeer => RetryPeriod,
            // Being processed right now; after a crash the index lists it as received and a restart resumes it.
            CaseStatus.Received => _processingFailed ? RetryPeriod : null,
            CaseStatus.Decided or CaseStatus.Withdrawn or CaseStatus.IncompleteFile or CaseStatus.CredentialInvalid => null,
            _ => DeadlinePeriod,
        };
        if (wanted == _reminderPeriod)
        {
            return;
        }

        if (wanted is { } period)
        {
            await this.RegisterOrUpdateReminder(ReminderName, period, period);
        }
        else if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _reminderPeriod = wanted;
    }

    private void RequireVisibleTo(CaseActor actor)
    {
        if (!State.Exists || (actor.Kind == CaseActorKind.Institution && actor.InstitutionId != State.RequesterInstitutionId))
        {
            throw new HubException(ErrorKind.NotFound, "CASE_NOT_FOUND", $"Case {this.GetPrimaryKeyString()} was not found.", "case_id");
        }
    }

    private void RequireStatus(string action, params CaseStatus[] allowed)
    {
        if (!allowed.Contains(State.Status))
        {
            throw Conflict($"A case that is {State.Status} cannot be {action}.");
        }
    }

    internal static HubException Conflict(string message) => new(ErrorKind.FailedPrecondition, "CASE_STATE_CONFLICT", message);

    internal string NextDecisionId() => string.Create(CultureInfo.InvariantCulture,
        $"{State.CaseId}-d{State.PreviousDecisions.Count + (State.Decision is null ? 1 : 2)}");

    [LoggerMessage(EventId = 4103, EventName = "CaseProcessingFailed", Level = LogLevel.Error,
        Message = "Case {CaseId} could not be processed; it stays received and its reminder retries")]
    private static partial void LogProcessingFailed(ILogger logger, Exception exception, string caseId);

    [LoggerMessage(EventId = 4101, EventName = "CaseSyncFailed", Level = LogLevel.Warning,
        Message = "Case {CaseId} was saved, but its reminder or indexes could not be updated; the next tick retries")]
    private static partial void LogSyncFailed(ILogger logger, Exception exception, string caseId);
}
