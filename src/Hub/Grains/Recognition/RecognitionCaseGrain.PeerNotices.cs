using Exchange.Hub.Credentials;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// Decisions travel back to the hubs that issued the case's credentials: the notice is persisted with the decision
/// (no extra write) and handed to the peer's outbox right after. Its removal is not written on its own: it goes with
/// the case's next write, or when the case deactivates. After a crash in between, the case's reminder (kept while
/// notices are pending) or its next activation hands it over again, and the outbox (one message per decision id) and
/// the receiving hub (one record per decision id) absorb the repeat.
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
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_handOverUnsaved && State.Exists)
        {
            try
            {
                await WriteAsync();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Nothing is lost: the stored notices are handed over again, and de-duplicated, on the next activation.
                LogHandOverNotSaved(logger, ex, State.CaseId);
            }
        }
    }

    private void ScheduleHandOver()
    {
        IGrainTimer? timer = null;
        timer = this.RegisterGrainTimer(async _ =>
        {
            try
            {
                await HandOverPeerNoticesAsync();
                await SyncReminderAsync();
            }
            finally
            {
                timer?.Dispose();
            }
        }, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    [LoggerMessage(EventId = 4102, EventName = "PeerNoticeNotQueued", Level = LogLevel.Warning,
        Message = "The decision of case {CaseId} could not be queued for {PeerHubId} yet; the case retries on its reminder")]
    private static partial void LogNoticeFailed(ILogger logger, Exception exception, string caseId, string peerHubId);

    [LoggerMessage(EventId = 4104, EventName = "PeerHandOverNotSaved", Level = LogLevel.Information,
        Message = "Case {CaseId} deactivated without saving that its notices were handed over; they are handed over again next time")]
    private static partial void LogHandOverNotSaved(ILogger logger, Exception exception, string caseId);
}
