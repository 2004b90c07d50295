using Exchange.Hub.Grains.Review;

namespace Exchange.Hub.Grains.Recognition.Cases;

/// <summary>
/// Brings what is kept beside a case in step with it after a write, as its <see cref="CaseUpkeep"/> says: the case's
/// reminder, the peer hubs' waiting lists, its row in the case index, its place in the review queue and its decisions
/// among the precedents (<see cref="IPrecedents"/>). A failure here
/// never undoes the stored change; the next reminder tick repairs it. Remembers what it last wrote, so a case that
/// did not change costs no call.
/// </summary>
internal sealed partial class CaseUpkeepApplier(IGrainBase grain, IGrainFactory grains, ICaseIndexWriter caseIndex, IPrecedents precedents, ILogger logger)
{
    private const string ReminderName = "case";

    // Each field holds what this activation last made true outside the state: the version indexed and queued, the
    // reminder period registered (unknown, hence null, until set or until the reminder fires).
    private long _indexedVersion = -1;
    private long _queuedVersion = -1;

    // The decision this activation last recorded among the precedents; null until it recorded one, so the first apply
    // of an activation of a decided case records (again, idempotently) every decision the case holds.
    private string? _recordedDecisionId;
    private TimeSpan? _reminderPeriod;

    /// <param name="beforeHandOver">Right after a write holding decision notices: the review queue only; the reminder
    /// and the case index follow the hand-over. An officer's queue does not wait for it.</param>
    public async Task ApplyAsync(RecognitionCaseState state, CaseUpkeep upkeep, bool beforeHandOver = false)
    {
        try
        {
            if (!beforeHandOver)
            {
                await SyncReminderAsync(upkeep.ReminderPeriod);
                foreach (var peerHubId in upkeep.WaitingFor)
                {
                    await grains.Keyed<IPeerWaitersGrain>(peerHubId).WaitAsync(state.CaseId);
                }

                await IndexAsync(state);
            }

            await SyncReviewQueueAsync(state, upkeep.Queue);
            await RecordDecisionsAsync(state);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogSyncFailed(logger, ex, state.CaseId);
        }
    }

    public async Task IndexAsync(RecognitionCaseState state)
    {
        if (state.Version != _indexedVersion)
        {
            await caseIndex.WriteRowAsync(state);
            _indexedVersion = state.Version;
        }
    }

    /// <summary>Records the case's decisions once its newest is stored: right after the write that holds it, beside the
    /// review queue (the centre's list does not wait for the hand-over to peers).</summary>
    private async Task RecordDecisionsAsync(RecognitionCaseState state)
    {
        if (state.Decision is { } decision && decision.DecisionId != _recordedDecisionId)
        {
            await precedents.RecordAsync(Precedent.AllOf(state));
            _recordedDecisionId = decision.DecisionId;
        }
    }

    /// <summary>The reminder fired, so it exists, whatever this activation assumed.</summary>
    public void ReminderFired(TimeSpan period) => _reminderPeriod ??= period;

    public async Task SyncReminderAsync(TimeSpan? wanted)
    {
        if (wanted == _reminderPeriod)
        {
            return;
        }

        if (wanted is { } period)
        {
            await grain.RegisterOrUpdateReminder(ReminderName, period, period);
        }
        else if (await grain.GetReminder(ReminderName) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }

        _reminderPeriod = wanted;
    }

    /// <summary>A reminder left behind by a case that was never stored.</summary>
    public async Task DropStrayReminderAsync()
    {
        if (await grain.GetReminder(ReminderName) is { } stray)
        {
            await grain.UnregisterReminder(stray);
        }
    }

    private async Task SyncReviewQueueAsync(RecognitionCaseState state, ReviewQueueChange change)
    {
        if (state.Version == _queuedVersion)
        {
            return;
        }

        var queue = grains.Keyed<IReviewQueueGrain>(ReviewQueueKeys.Key);
        if (change == ReviewQueueChange.Upsert)
        {
            await queue.UpsertAsync(ReviewQueueEntry.From(state));
        }
        else if (change == ReviewQueueChange.Remove)
        {
            await queue.RemoveAsync(state.CaseId, state.Version);
        }

        _queuedVersion = state.Version;
    }

    [LoggerMessage(EventId = 4101, EventName = "CaseSyncFailed", Level = LogLevel.Warning,
        Message = "Case {CaseId} was saved, but its reminder or indexes could not be updated; the next tick retries")]
    private static partial void LogSyncFailed(ILogger logger, Exception exception, string caseId);
}
