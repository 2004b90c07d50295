using Exchange.Hub.Credentials;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// Decisions travel back to the hubs that issued the case's credentials: the notice is persisted with the decision
/// (no extra write) and handed to the peer's outbox in a turn of its own right after, once the caller has its answer.
/// Until then the case index lists the case as unfinished (<see cref="ICaseIndex.HandedOverAsync"/>), so a hub that
/// crashes in between resumes the hand-over at its next start. The notice's removal from the state is not written on
/// its own: it goes with the case's next write, if any; a decided case then leaves memory. A case activated again with
/// notices still stored (after a crash, or merely after leaving memory) hands them over again and saves that; the
/// outbox (one message per decision id) and the receiving hub (one record per decision id) absorb the repeat. While
/// notices are pending, the case's reminder keeps trying.
/// </summary>
public sealed partial class RecognitionCaseGrain
{
    /// <summary>Makes <paramref name="decision"/> the case's decision and marks it, in the same state, for every peer
    /// hub that issued one of its credentials: every way a case is decided goes through here.</summary>
    internal void AdoptDecision(CaseDecision decision)
    {
        State.Decision = decision;
        NoticePeers(decision);
    }

    private void NoticePeers(CaseDecision decision)
    {
        var own = hub.Value.HubId;
        var byPeer = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < State.CurrentCredentials.Count && i < State.Verifications.Count; i++)
        {
            var verification = State.Verifications[i];
            var issuer = State.CurrentCredentials[i] is CredentialByReference reference
                ? reference.IssuingHubId
                : verification.Verdict == VerificationVerdict.Valid ? verification.IssuingHubId : "";
            var credentialId = State.Credentials.Count > i ? State.Credentials[i].CredentialId : verification.CredentialId;
            if (issuer.Length == 0 || credentialId.Length == 0 || string.Equals(issuer, own, StringComparison.Ordinal))
            {
                continue;
            }

            if (!byPeer.TryGetValue(issuer, out var ids))
            {
                byPeer[issuer] = ids = [];
            }

            if (!ids.Contains(credentialId, StringComparer.Ordinal))
            {
                ids.Add(credentialId);
            }
        }

        foreach (var (peer, ids) in byPeer)
        {
            State.PeerNotices.Add(new PeerDecisionNotice(decision.DecisionId, peer, ids));
        }
    }

    /// <summary>Hands pending notices to the outboxes; a notice stays marked until its hand-over succeeded.</summary>
    private async Task HandOverPeerNoticesAsync()
    {
        if (State.PeerNotices.Count == 0)
        {
            return;
        }

        var handed = new List<PeerDecisionNotice>();
        foreach (var notice in State.PeerNotices)
        {
            var decision = State.Decision?.DecisionId == notice.DecisionId
                ? State.Decision
                : State.PreviousDecisions.Find(d => d.DecisionId == notice.DecisionId);
            try
            {
                if (decision is not null)
                {
                    await peerOutbox.EnqueueAsync(notice, State, decision);
                }

                handed.Add(notice);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogNoticeFailed(logger, ex, State.CaseId, notice.PeerHubId);
            }
        }

        if (handed.Count == 0)
        {
            return;
        }

        State.PeerNotices.RemoveAll(handed.Contains);
        // A write of its own here cost a third of the state writes of every decided case; a stored notice already
        // handed over is only handed over once more, which the outbox and the receiver de-duplicate.
        _handOverUnsaved = true;
        if (State.PeerNotices.Count == 0)
        {
            await SayHandedOverAsync();
        }
    }

    private async Task SayHandedOverAsync()
    {
        try
        {
            await caseIndex.HandedOverAsync(State.RequesterInstitutionId, State.CaseId);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The case stays listed as unfinished: the next start resumes it, hands over once more (de-duplicated) and
            // says it again.
            LogHandOverNotListed(logger, ex, State.CaseId);
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
                await HandOverPeerNoticesAsync();
                if (saveAfterwards)
                {
                    await SaveHandOverAsync();
                }

                await AfterSaveAsync();
                LeaveMemoryIfFinal();
            }
            finally
            {
                timer?.Dispose();
            }
        }, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    private async Task SaveHandOverAsync()
    {
        if (!_handOverUnsaved)
        {
            return;
        }

        try
        {
            await WriteAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Nothing is lost: the stored notices are handed over again, and de-duplicated, next time.
            LogHandOverNotSaved(logger, ex, State.CaseId);
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
