using System.Globalization;
using Exchange.Hub.Grains;
using Exchange.Hub.Grains.Federation;

namespace Exchange.Hub.Federation.Auth;

/// <summary>
/// Cluster mode's replay memory: each caller's nonces are spread over <see cref="Shares"/> in-memory grains by a
/// hash of the nonce, so one busy peer's calls are checked on several silos in parallel and no single grain turn
/// becomes the bottleneck of the federation hot path. One grain call per federation request, no I/O.
/// </summary>
public sealed class ClusterNonceMemory(IGrainFactory grains) : ISharedNonceMemory
{
    public const int Shares = 16;

    public Task<NonceOutcome> RememberAsync(string caller, string nonce, DateTimeOffset signedAt) =>
        grains.Keyed<IReplayWindowGrain>(KeyFor(caller, nonce)).RememberAsync(nonce, signedAt);

    public static string KeyFor(string caller, string nonce) =>
        string.Create(CultureInfo.InvariantCulture, $"{caller}/{Share(nonce)}");

    public static string CallerOf(string key) => key[..key.LastIndexOf('/')];

    // Stable across processes (string.GetHashCode is not): every silo must pick the same share for a nonce.
    private static uint Share(string nonce)
    {
        var hash = 2166136261u;
        foreach (var c in nonce)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash % Shares;
    }
}
