using Exchange.Contracts.V1;

namespace Exchange.Hub.Federation.Client;

/// <summary>The two federation calls that fetch credentials from a peer, each through the peer's resilience
/// pipeline; refusals and failures are thrown as the calls throw them.</summary>
public interface IPeerCredentialCalls
{
    Task<ResolveCredentialResponse> ResolveAsync(string peerHubId, ResolveCredentialRequest request, CancellationToken cancellationToken);

    Task<ResolveCredentialsResponse> ResolveManyAsync(string peerHubId, ResolveCredentialsRequest request, CancellationToken cancellationToken);
}
