using Exchange.Contracts.V1;
using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Federation.Descriptors;
using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Security;
using Exchange.Hub.Signing.KeyRing;
using Google.Protobuf;
using Grpc.Core;

namespace Exchange.Hub.Federation.Peers;

/// <summary>
/// When the hub has started: first replays the descriptors accepted from each peer before the restart over the
/// federation file's pins (each must still chain from the keys pinned or accepted before it, so a tampered store
/// cannot add a key), then says Hello to every peer, best effort and in the background, so a rotation of this
/// hub's key reaches peers and theirs reaches this hub.
/// </summary>
internal sealed partial class PeerStartup(
    PeerDirectory peers, PeerClients clients, OwnDescriptor own, IGrainFactory grains, DescriptorAdoption descriptors,
    HubKeyRing keys, IHostApplicationLifetime lifetime, ILogger<PeerStartup> logger) : BackgroundService
{
    private static readonly TimeSpan HelloDeadline = TimeSpan.FromSeconds(10);

    /// <summary>Done once accepted descriptors are back in the directory (for operators and tests to wait on).</summary>
    public Task Restored => _restored.Task;

    private readonly TaskCompletionSource _restored = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WhenStartedAsync(stoppingToken);
            foreach (var peer in peers.All)
            {
                await RestoreAsync(peer);
            }
        }
        finally
        {
            _restored.TrySetResult();
        }

        await Task.WhenAll(peers.All.Select(peer => HelloAsync(peer.HubId, stoppingToken)));
    }

    private async Task RestoreAsync(PinnedPeer pinned)
    {
        var current = pinned;
        try
        {
            foreach (var bytes in await grains.Keyed<IPeerDescriptorGrain>(pinned.HubId).AcceptedAsync())
            {
                current = DescriptorAcceptance.Restore(current, SignedHubDescriptor.Parser.ParseFrom(bytes));
            }
        }
        catch (HubException refused)
        {
            LogRestoreRefused(logger, pinned.HubId, refused.Message);
        }

        if (current.DescriptorSequence > pinned.DescriptorSequence)
        {
            peers.Replace(current);
            LogRestored(logger, pinned.HubId, current.DescriptorSequence);
        }
    }

    private async Task HelloAsync(string peerHubId, CancellationToken stoppingToken)
    {
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            deadline.CancelAfter(HelloDeadline);
            var reply = await HelloSignedByAKeyThePeerTrustsAsync(peerHubId, deadline.Token);
            if (peers.Find(peerHubId) is { } known && reply.CalleeDescriptor is { } presented && !presented.DescriptorBytes.IsEmpty)
            {
                await descriptors.AdoptAsync(known, presented);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A peer that is down now hears from this hub at the next start or the next Hello; nothing waits on it.
            LogHelloFailed(logger, peerHubId, ex.Message);
        }
    }

    /// <summary>Hello signed by the active key, or, when the peer does not know it yet (this hub rotated since the peer
    /// last heard from it), by the earlier keys newest first: the descriptor it carries, signed by old and new keys,
    /// is how the peer learns the new one.</summary>
    private async Task<HelloResponse> HelloSignedByAKeyThePeerTrustsAsync(string peerHubId, CancellationToken cancellationToken)
    {
        try
        {
            return await clients.CallAsync(peerHubId, async (client, options) =>
                await client.HelloAsync(new HelloRequest { CallerDescriptor = own.Current }, options), cancellationToken);
        }
        catch (RpcException refused) when (refused.StatusCode == StatusCode.PermissionDenied)
        {
            foreach (var (entry, key) in keys.Attestations.Where(k => k.Entry.KeyId != keys.AttestationKeyId).OrderByDescending(k => k.Entry.NotBefore))
            {
                try
                {
                    var reply = await clients.CallSignedWithAsync(peerHubId, entry.KeyId, key, async (client, options) =>
                        await client.HelloAsync(new HelloRequest { CallerDescriptor = own.Current }, options), cancellationToken);
                    LogHelloWithEarlierKey(logger, peerHubId, entry.KeyId);
                    return reply;
                }
                catch (RpcException earlierRefused) when (earlierRefused.StatusCode == StatusCode.PermissionDenied)
                {
                    // Not trusted by the peer either; the next earlier key may be.
                }
            }

            throw;
        }
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        return started.Task;
    }

    [LoggerMessage(EventId = 3010, EventName = "PeerDescriptorRestored", Level = LogLevel.Information,
        Message = "Peer {PeerHubId}: accepted descriptor {Sequence} restored over the pinned keys")]
    private static partial void LogRestored(ILogger logger, string peerHubId, long sequence);

    [LoggerMessage(EventId = 3011, EventName = "PeerDescriptorRestoreRefused", Level = LogLevel.Error,
        Message = "Peer {PeerHubId}: a kept descriptor no longer chains from the pinned keys and is ignored: {Reason}")]
    private static partial void LogRestoreRefused(ILogger logger, string peerHubId, string reason);

    [LoggerMessage(EventId = 3013, EventName = "PeerHelloWithEarlierKey", Level = LogLevel.Information,
        Message = "Peer {PeerHubId} does not know this hub's active key yet; Hello was signed with earlier key {KeyId}")]
    private static partial void LogHelloWithEarlierKey(ILogger logger, string peerHubId, string keyId);

    [LoggerMessage(EventId = 3012, EventName = "PeerHelloFailed", Level = LogLevel.Information,
        Message = "Hello to peer {PeerHubId} failed (it will hear from this hub later): {Error}")]
    private static partial void LogHelloFailed(ILogger logger, string peerHubId, string error);
}
