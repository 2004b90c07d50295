using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Hosting.Jobs;

/// <summary>
/// Resumes the recognition cases waiting for a peer hub as soon as that peer says Hello (it has started again), in
/// the background: the peer's Hello is answered at once, and a case that still cannot reach it simply waits again.
/// </summary>
internal sealed partial class WaitingCasesWakeUp(IGrainFactory grains, ILogger<WaitingCasesWakeUp> logger)
{
    public void WakeFor(string peerHubId) => _ = WakeAsync(peerHubId);

    private async Task WakeAsync(string peerHubId)
    {
        try
        {
            var waiting = await grains.Keyed<IPeerWaitersGrain>(peerHubId).TakeAllAsync();
            if (waiting.Count == 0)
            {
                return;
            }

            LogWaking(logger, waiting.Count, peerHubId);
            await Task.WhenAll(waiting.Select(caseId => grains.Keyed<IRecognitionCaseGrain>(caseId).TickAsync()));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The cases keep their reminders: they resume at the next tick instead.
            LogWakeFailed(logger, ex, peerHubId);
        }
    }

    [LoggerMessage(EventId = 4240, EventName = "WakingCasesForPeer", Level = LogLevel.Information,
        Message = "Hub {PeerHubId} is back: resuming {Count} case(s) that waited for it")]
    private static partial void LogWaking(ILogger logger, int count, string peerHubId);

    [LoggerMessage(EventId = 4241, EventName = "WakingCasesForPeerFailed", Level = LogLevel.Warning,
        Message = "Resuming the cases waiting for hub {PeerHubId} failed; they resume at their next reminder tick")]
    private static partial void LogWakeFailed(ILogger logger, Exception exception, string peerHubId);
}
