using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Hosting;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Web.Sharing;

/// <summary>Where links to this hub's and its peers' pages live. A grant that names a recipient hub gets a link on
/// that hub's web address, so the recipient opens it among its own pages (and signed in there); any other grant a
/// link on this hub's.</summary>
public sealed class ShareLinkAddresses(IOptions<HubOptions> options, PeerDirectory peers)
{
    /// <summary>Hub:PublicWebUrl, default <c>{http|https}://{ListenAddress}:{HttpPort}/</c>.</summary>
    public Uri OwnWebBase => options.Value.EffectivePublicWebUrl;

    /// <summary>"" or this hub's own id: this hub. A pinned peer: its web address (from its descriptor or its federation
    /// file entry). A peer whose address is not known, or a hub not pinned: this hub, which renders any link.</summary>
    public Uri WebBaseFor(string recipientHubId)
    {
        if (string.IsNullOrEmpty(recipientHubId) || string.Equals(recipientHubId, options.Value.HubId, StringComparison.Ordinal))
        {
            return OwnWebBase;
        }

        return peers.Find(recipientHubId)?.WebUrl ?? OwnWebBase;
    }

    public Uri LinkFor(ShareLink link, string recipientHubId)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.On(WebBaseFor(recipientHubId));
    }
}
