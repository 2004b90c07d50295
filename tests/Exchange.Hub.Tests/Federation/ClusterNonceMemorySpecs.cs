using System.Security.Cryptography;
using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Auth;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Signing;
using Exchange.Hub.Tests.Registry;
using Grpc.Core;
using Microsoft.Extensions.Time.Testing;

namespace Exchange.Hub.Tests.Federation;

/// <summary>
/// Two silos of one hub, each with its own process memory, share the replay window through the in-memory grains: a
/// request one silo accepted is refused by the other, and a grain that starts afresh (as after its silo was lost)
/// refuses what was signed before it began.
/// </summary>
[Collection(RegistryClusterGroup.Name)]
public sealed class ClusterNonceMemorySpecs(RegistryCluster cluster) : IDisposable
{
    private const string Method = "/exchange.v1.HubFederation/DeliverMessages";
    private static readonly byte[] Request = [7, 7, 7];
    private readonly ECDsa _key = Es256.CreateKey();

    [Fact]
    public async Task A_request_accepted_by_one_silo_is_refused_as_replayed_by_another_silo()
    {
        var caller = Caller("hub-kz-replay");
        var siloA = Silo(caller);
        var siloB = Silo(caller);
        var captured = Sign(caller, RegistryCluster.Clock);

        Assert.Equal(caller.HubId, (await siloA.VerifyAsync(Method, captured, Request)).HubId);

        var refusal = await Assert.ThrowsAsync<HubException>(() => siloB.VerifyAsync(Method, captured, Request));
        Assert.Equal(("REQUEST_REPLAYED", ErrorKind.Unauthenticated), (refusal.Reason, refusal.Kind));
        Assert.Equal(caller.HubId, (await siloB.VerifyAsync(Method, Sign(caller, RegistryCluster.Clock), Request)).HubId);
    }

    [Fact]
    public async Task A_cluster_memory_that_began_after_a_request_was_signed_refuses_it_so_the_caller_signs_again()
    {
        var caller = Caller("hub-kz-fresh");
        var signedEarlier = Sign(caller, new FakeTimeProvider(RegistryCluster.Clock.GetUtcNow().AddSeconds(-30)));

        var refusal = await Assert.ThrowsAsync<HubException>(() => Silo(caller).VerifyAsync(Method, signedEarlier, Request));

        Assert.Equal(("REQUEST_PREDATES_REPLAY_MEMORY", ErrorKind.Unavailable), (refusal.Reason, refusal.Kind));
    }

    public void Dispose() => _key.Dispose();

    private PinnedPeer Caller(string hubId) => new(hubId, "KZ", new Uri("http://127.0.0.1:1"),
        [new PinnedKey(hubId + "#1", _key, DateTimeOffset.UnixEpoch, null)]);

    /// <summary>One silo's verifier: its own process memory (started long ago) and the cluster's grains.</summary>
    private FederationRequestVerifier Silo(PinnedPeer caller) => new(
        RegistryCluster.HubId, id => id == caller.HubId ? caller : null,
        new NonceReplayGuard(TimeSpan.FromMinutes(4), RegistryCluster.Clock, DateTimeOffset.UnixEpoch),
        TimeSpan.FromMinutes(2), RegistryCluster.Clock, new ClusterNonceMemory(cluster.Grains));

    private Metadata Sign(PinnedPeer caller, TimeProvider clock) =>
        new FederationRequestSigner(caller.HubId, caller.HubId + "#1", _key, clock).Sign(Method, RegistryCluster.HubId, Request);
}
