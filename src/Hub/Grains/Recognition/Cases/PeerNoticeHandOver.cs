namespace Exchange.Hub.Grains.Recognition.Cases;

/// <summary>
/// Hands a case's stored decision notices to the peers' outboxes, after the write that stored them, once the caller
/// has its answer. Until then the case index lists the case as unfinished (<see cref="ICaseIndex.HandedOverAsync"/>),
/// so a hub that crashes in between resumes the hand-over at its next start. Forgetting a handed notice is not written
/// on its own (a write of its own cost a third of the state writes of every decided case): it goes with the case's
/// next write, if any. A notice handed over twice is absorbed by the outbox (one message per decision id) and the
/// receiving hub (one record per decision id).
/// </summary>
internal sealed partial class PeerNoticeHandOver(IPeerDecisionOutbox outbox, ICaseIndexWriter caseIndex, ILogger logger)
{
    /// <summary>True exactly while the case in memory has forgotten handed notices that its stored state still holds.</summary>
    public bool Unsaved { get; set; }

    /// <summary>Hands pending notices over; a notice stays stored until its hand-over succeeded.</summary>
    public async Task HandOverAsync(RecognitionCase @case)
    {
        var state = @case.State;
        if (state.PeerNotices.Count == 0)
        {
            return;
        }

        var handed = new List<PeerDecisionNotice>(state.PeerNotices.Count);
        foreach (var notice in state.PeerNotices)
        {
            var decision = state.Decision?.DecisionId == notice.DecisionId
                ? state.Decision
                : state.PreviousDecisions.Find(d => d.DecisionId == notice.DecisionId);
            try
            {
                if (decision is not null)
                {
                    await outbox.EnqueueAsync(notice, state, decision);
                }

                handed.Add(notice);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogNoticeFailed(logger, ex, state.CaseId, notice.PeerHubId);
            }
        }

        if (handed.Count == 0)
        {
            return;
        }

        Unsaved = true;
        if (@case.HandedOver(handed))
        {
            await SayHandedOverAsync(state);
        }
    }

    public async Task SayHandedOverAsync(RecognitionCaseState state)
    {
        try
        {
            await caseIndex.HandedOverAsync(state.RequesterInstitutionId, state.CaseId);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The case stays listed as unfinished: the next start resumes it, hands over once more (de-duplicated) and
            // says it again.
            LogHandOverNotListed(logger, ex, state.CaseId);
        }
    }

    /// <summary>Stores that notices were handed over, if that is not stored yet: a case activated with notices may have
    /// handed them over long ago, and should not do it again at every activation.</summary>
    public async Task SaveAsync(RecognitionCaseState state, Func<Task> write)
    {
        if (!Unsaved)
        {
            return;
        }

        try
        {
            await write();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Nothing is lost: the stored notices are handed over again, and de-duplicated, next time.
            LogHandOverNotSaved(logger, ex, state.CaseId);
        }
    }

    [LoggerMessage(EventId = 4102, EventName = "PeerNoticeNotQueued", Level = LogLevel.Warning,
        Message = "The decision of case {CaseId} could not be queued for {PeerHubId} yet; the case retries on its reminder")]
    private static partial void LogNoticeFailed(ILogger logger, Exception exception, string caseId, string peerHubId);

    [LoggerMessage(EventId = 4105, EventName = "PeerHandOverNotListed", Level = LogLevel.Information,
        Message = "Case {CaseId} handed its notices over but could not say so in the case index; the next start hands them over again")]
    private static partial void LogHandOverNotListed(ILogger logger, Exception exception, string caseId);

    [LoggerMessage(EventId = 4104, EventName = "PeerHandOverNotSaved", Level = LogLevel.Information,
        Message = "Case {CaseId} could not save that its notices were handed over; they are handed over again next time")]
    private static partial void LogHandOverNotSaved(ILogger logger, Exception exception, string caseId);
}
