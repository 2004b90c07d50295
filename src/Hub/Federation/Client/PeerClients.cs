using System.Collections.Concurrent;
using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Auth;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Resilience;
using Exchange.Hub.Signing.KeyRing;
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
        var channel = ChannelFor(peerHubId);
        return await pipelines.For(peerHubId).ExecuteAsync(
            async token =>
            {
                try
                {
                    return await call(channel.Client, new CallOptions(cancellationToken: token));
                }
                catch (RpcException) when (channel.Certificate.RefusedPin is { } presented)
                {
                    // Not transient: retrying cannot make an unpinned key the peer's; an operator has to look.
                    throw new Errors.HubException(Errors.ErrorKind.Unavailable, "PEER_TLS_KEY_NOT_PINNED",
                        $"Hub '{peerHubId}' presented a TLS key ({presented}) that is not pinned for it in the federation file; the connection was refused.");
                }
            }, cancellationToken);
    }

    /// <summary>One call signed with a given key of this hub's ring instead of the active one, on a channel of its own
    /// and without retries: after a rotation a peer that has not yet adopted the new descriptor knows only the earlier
    /// key, and the Hello that carries the descriptor must reach it.</summary>
    public async Task<T> CallSignedWithAsync<T>(
        string peerHubId, string keyId, System.Security.Cryptography.ECDsa key, Func<HubFederation.HubFederationClient, CallOptions, Task<T>> call, CancellationToken cancellationToken)
    {
        var peer = peers.Find(peerHubId)
            ?? throw new Errors.HubException(Errors.ErrorKind.FailedPrecondition, "UNKNOWN_HUB", $"Hub '{peerHubId}' is not a pinned peer.");
        using var channel = SecureChannel(peer, new PinnedServerCertificate(peer.TlsKeyPins));
        var signer = new FederationRequestSigner(keys.HubId, keyId, key, time);
        var client = new HubFederation.HubFederationClient(channel.Intercept(new SigningClientInterceptor(signer, peer.HubId)));
        return await call(client, new CallOptions(cancellationToken: cancellationToken));
    }

    /// <summary>Drops the connection to a peer that has just (re)started, so the next call connects afresh instead of
    /// failing fast with the error from while the peer was away until the channel's reconnect back-off ends.</summary>
    public void Reconnect(string peerHubId)
    {
        if (_channels.TryRemove(peerHubId, out var stale))
        {
            stale.Channel.Dispose();
        }
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
        var certificate = new PinnedServerCertificate(peer.TlsKeyPins);
        var channel = SecureChannel(peer, certificate);
        var signer = new FederationRequestSigner(keys.HubId, keys.AttestationKeyId, keys.AttestationKey, time);
        var invoker = channel.Intercept(new SigningClientInterceptor(signer, peer.HubId));
        return new PeerChannel(peer.GrpcEndpoint, channel, new HubFederation.HubFederationClient(invoker), certificate);
    }

    /// <summary>Every channel to a peer, the rotation's one-off ones included, is encrypted and accepts only a pinned TLS key.</summary>
    private static GrpcChannel SecureChannel(PinnedPeer peer, PinnedServerCertificate certificate)
    {
        if (Security.Transport.PeerTransportRule.Violation(peer.HubId, peer.GrpcEndpoint, peer.TlsKeyPins) is { } violation)
        {
            throw new Errors.HubException(Errors.ErrorKind.FailedPrecondition, "PEER_ENDPOINT_NOT_ENCRYPTED", violation);
        }

        // The per-peer Polly pipeline owns retries and back-off; the channel's own reconnect back-off (up to two
        // minutes by default) would keep failing calls fast with the last connection error long after a peer is back.
        return GrpcChannel.ForAddress(peer.GrpcEndpoint, new GrpcChannelOptions
        {
            InitialReconnectBackoff = TimeSpan.FromMilliseconds(200),
            MaxReconnectBackoff = TimeSpan.FromSeconds(2),
            DisposeHttpClient = true,
            HttpHandler = new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                SslOptions = { RemoteCertificateValidationCallback = certificate.Validate },
            },
        });
    }

    private sealed record PeerChannel(Uri Endpoint, GrpcChannel Channel, HubFederation.HubFederationClient Client, PinnedServerCertificate Certificate);
}
