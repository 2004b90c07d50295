using System.Collections.Concurrent;
using Exchange.Hub.Federation.Outbound;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Hosting;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>
/// The hub's real hand-over to the peer outbox, with a crash that can be planted for one decision: before the
/// message is queued, or after it is queued but before the case hears back. Records every hand-over attempt.
/// </summary>
public sealed class FaultyPeerDecisionOutbox(IGrainFactory grains, IOptions<HubOptions> hub, HubRecognitionPolicy policy) : IPeerDecisionOutbox
{
    private readonly PeerDecisionOutbox _real = new(grains, hub, policy);
    private readonly ConcurrentDictionary<string, bool> _crashAfterQueueing = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _attempts = new();

    /// <summary>Message ids of every hand-over attempt, in order.</summary>
    public IReadOnlyList<string> Attempts => [.. _attempts];

    public void CrashOnce(string caseId, bool afterQueueing) => _crashAfterQueueing[caseId] = afterQueueing;

    public async Task EnqueueAsync(PeerDecisionNotice notice, RecognitionCaseState state, CaseDecision decision)
    {
        _attempts.Enqueue(notice.MessageId(hub.Value.HubId));
        var planted = _crashAfterQueueing.TryRemove(state.CaseId, out var afterQueueing);
        if (planted && !afterQueueing)
        {
            throw new InvalidOperationException("Crash planted before queueing.");
        }

        await _real.EnqueueAsync(notice, state, decision);
        if (planted)
        {
            throw new InvalidOperationException("Crash planted after queueing.");
        }
    }
}
