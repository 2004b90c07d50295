using System.Collections.Concurrent;
using Exchange.Hub.Hosting;

namespace Exchange.Hub.Federation.Peers;

/// <summary>The peers this hub trusts: loaded from the federation file at start, updated when a peer presents a
/// newer descriptor vouched for by a pinned key.</summary>
public sealed class PeerDirectory
{
    private readonly ConcurrentDictionary<string, PinnedPeer> _peers;

    public PeerDirectory(IEnumerable<PinnedPeer> peers) =>
        _peers = new ConcurrentDictionary<string, PinnedPeer>(peers.ToDictionary(p => p.HubId, StringComparer.Ordinal));

    public IReadOnlyCollection<PinnedPeer> All => [.. _peers.Values];

    public PinnedPeer? Find(string hubId) => _peers.GetValueOrDefault(hubId);

    public void Replace(PinnedPeer peer) => _peers[peer.HubId] = peer;

    public static PeerDirectory FromFederationFile(HubOptions hub, string contentRoot) => new(Load(hub, contentRoot));

    private static IEnumerable<PinnedPeer> Load(HubOptions hub, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(hub.FederationFile))
        {
            return [];
        }

        var path = Path.IsPathRooted(hub.FederationFile) ? hub.FederationFile : Path.Combine(contentRoot, hub.FederationFile);
        return FederationFile.Load(path);
    }
}
