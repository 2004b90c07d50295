using System.Collections.Concurrent;
using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Auth;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Resilience;
using Exchange.Hub.Security;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace Exchange.Hub.Federation.Client;

/// <summary>
/// Signed HubFederation clients, one channel per peer (reused: channels are expensive and multiplex calls), and
/// the peer's resilience pipeline. Every peer call goes through <see cref="CallAsync{T}"/> so the pipeline is the
/// one place that retries.
/// </summary>
public sealed class PeerClients(PeerDirectory peers, HubKeyRing keys, PeerCallPipelines pipelines, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, PeerChannel> _channels = new();

    public async Task<T> CallAsync<T>(string peerHubId, Func<HubFederation.HubFederationClient, CallOptions, Task<T>> call, CancellationToken cancellationToken)
    {
        var client = ChannelFor(peerHubId).Client;
        return await pipelines.For(peerHubId).ExecuteAsync(
            async token => await call(client, new CallOptions(cancellationToken: token)), cancellationToken);
    }

    public void Dispose()
    {
        foreach (var entry in _channels.Values)
        {
            entry.Channel.Dispose();
        }
    }

    private PeerChannel ChannelFor(string peerHubId)
    {
        var peer = peers.Find(peerHubId)
            ?? throw new Errors.HubException(Errors.ErrorKind.FailedPrecondition, "UNKNOWN_HUB", $"Hub '{peerHubId}' is not a pinned peer.");
        return _channels.AddOrUpdate(
            peerHubId,
            _ => Open(peer),
            (_, existing) =>
            {
                if (existing.Endpoint == peer.GrpcEndpoint)
                {
                    return existing;
                }

                existing.Channel.Dispose();
                return Open(peer);
            });
    }

    private PeerChannel Open(PinnedPeer peer)
    {
        var channel = GrpcChannel.ForAddress(peer.GrpcEndpoint);
        var signer = new FederationRequestSigner(keys.HubId, keys.AttestationKeyId, keys.AttestationKey, time);
        var invoker = channel.Intercept(new SigningClientInterceptor(signer, peer.HubId));
        return new PeerChannel(peer.GrpcEndpoint, channel, new HubFederation.HubFederationClient(invoker));
    }

    private sealed record PeerChannel(Uri Endpoint, GrpcChannel Channel, HubFederation.HubFederationClient Client);
}
