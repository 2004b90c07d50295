using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Hosting;
using Exchange.Hub.Rpc;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Federation.Auth;

/// <summary>
/// Authenticates every HubFederation call before the service sees it (signed metadata, federation.proto) and
/// hands the service the authenticated peer. Refusals carry ErrorInfo naming the failed check.
/// </summary>
internal sealed class FederationAuthInterceptor : Interceptor
{
    private const string PeerKey = "exchange.peer";
    private readonly FederationRequestVerifier _verifier;

    public FederationAuthInterceptor(IOptions<HubOptions> options, PeerDirectory peers, NonceReplayGuard replays, IGrainFactory grains, TimeProvider time)
    {
        var skew = TimeSpan.FromSeconds(options.Value.FederationClockSkewSeconds);
        // One silo: its own memory sees every request. Several: each request is also checked cluster-wide.
        var cluster = options.Value.Mode == HubMode.Cluster ? new ClusterNonceMemory(grains) : null;
        _verifier = new FederationRequestVerifier(options.Value.HubId, peers.Find, replays, skew, time, cluster);
    }

    public static PinnedPeer CallingPeer(ServerCallContext context) =>
        (PinnedPeer)context.UserState[PeerKey];

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            context.UserState[PeerKey] = await _verifier.VerifyAsync(context.Method, context.RequestHeaders, ((IMessage)request).ToByteArray());
        }
        catch (Errors.HubException refused)
        {
            throw ExceptionMappingInterceptor.ToRpc(refused);
        }

        return await continuation(request, context);
    }
}
