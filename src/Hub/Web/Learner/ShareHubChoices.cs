using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Hosting;

namespace Exchange.Hub.Web.Learner;

/// <summary>The hubs a learner may share with: this hub first, then the federation's pinned peers by id.</summary>
public static class ShareHubChoices
{
    public static IReadOnlyList<ShareHubChoice> Of(HubOptions hub, IEnumerable<PinnedPeer> peers)
    {
        ArgumentNullException.ThrowIfNull(hub);
        return
        [
            new ShareHubChoice(hub.HubId, hub.Country, IsOwn: true),
            .. peers.Where(p => p.HubId != hub.HubId).OrderBy(p => p.HubId, StringComparer.Ordinal).Select(p => new ShareHubChoice(p.HubId, p.Country, IsOwn: false)),
        ];
    }
}
