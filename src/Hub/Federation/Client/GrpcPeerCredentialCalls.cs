using Exchange.Contracts.V1;

namespace Exchange.Hub.Federation.Client;

/// <summary><see cref="IPeerCredentialCalls"/> over the signed HubFederation clients.</summary>
public sealed class GrpcPeerCredentialCalls(PeerClients clients) : IPeerCredentialCalls
{
    public Task<ResolveCredentialResponse> ResolveAsync(string peerHubId, ResolveCredentialRequest request, CancellationToken cancellationToken) =>
        clients.CallAsync(peerHubId, async (client, options) => await client.ResolveCredentialAsync(request, options), cancellationToken);

    public Task<ResolveCredentialsResponse> ResolveManyAsync(string peerHubId, ResolveCredentialsRequest request, CancellationToken cancellationToken) =>
        clients.CallAsync(peerHubId, async (client, options) => await client.ResolveCredentialsAsync(request, options), cancellationToken);
}
