using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Hosting;
using Exchange.Hub.Signing;
using Exchange.Hub.Web.Sharing;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Tests.Web.Sharing;

/// <summary>A share link opens on the recipient hub's web pages when the grant names a peer whose address is known,
/// else on this hub's.</summary>
public sealed class ShareLinkAddressesSpecs
{
    private static readonly ShareLink Link = new("hub-ua", "UA-CRED-1", "code");

    [Fact]
    public void Without_a_public_web_url_this_hubs_pages_are_on_its_HTTP_port_over_the_transport_it_serves()
    {
        Assert.Equal("https://127.0.0.1:5101/", Addresses(new HubOptions { HttpPort = 5101 }).OwnWebBase.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5201/", Addresses(new HubOptions { HttpPort = 5201, Plaintext = true }).OwnWebBase.AbsoluteUri);
    }

    [Fact]
    public void The_public_web_url_is_this_hubs_web_base()
    {
        var addresses = Addresses(new HubOptions { PublicWebUrl = "https://exchange.example.ua" });

        Assert.Equal("https://exchange.example.ua/", addresses.OwnWebBase.AbsoluteUri);
        Assert.Equal("https://exchange.example.ua/v/hub-ua/UA-CRED-1/code", addresses.LinkFor(Link, "").AbsoluteUri);
        Assert.Equal("https://exchange.example.ua/v/hub-ua/UA-CRED-1/code", addresses.LinkFor(Link, "hub-ua").AbsoluteUri);
    }

    [Fact]
    public void A_grant_for_a_peer_links_to_that_peers_pages_and_one_for_a_peer_without_a_known_address_to_this_hubs()
    {
        var addresses = Addresses(new HubOptions { PublicWebUrl = "https://exchange.example.ua/" },
            Peer("hub-kz") with { WebUrl = new Uri("https://exchange.example.kz/") }, Peer("hub-lv"));

        Assert.Equal("https://exchange.example.kz/v/hub-ua/UA-CRED-1/code", addresses.LinkFor(Link, "hub-kz").AbsoluteUri);
        Assert.Equal("https://exchange.example.ua/v/hub-ua/UA-CRED-1/code", addresses.LinkFor(Link, "hub-lv").AbsoluteUri);
        Assert.Equal("https://exchange.example.ua/v/hub-ua/UA-CRED-1/code", addresses.LinkFor(Link, "hub-zz").AbsoluteUri);
    }

    [Theory]
    [InlineData("exchange.example.ua")]
    [InlineData("ftp://exchange.example.ua/")]
    [InlineData("https://exchange.example.ua/?x=1")]
    [InlineData("https://exchange.example.ua/#top")]
    public void A_public_web_url_that_is_not_an_absolute_http_address_is_refused_at_start(string url)
    {
        var result = new HubOptionsValidator().Validate(null, new HubOptions { PublicWebUrl = url });

        Assert.True(result.Failed);
        Assert.Contains("Hub:PublicWebUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_federation_file_entry_may_name_the_peers_web_address_and_a_bad_one_is_refused()
    {
        var folder = Path.Combine(Path.GetTempPath(), "exchange-tests", "web-url-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "federation.json");
        using var key = Es256.CreateKey();
        var entry = new PeerEntry("hub-kz", "KZ", "http://127.0.0.1:5200",
            [new KeyEntry("hub-kz#1", Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()), DateTimeOffset.UnixEpoch, null)], [], "http://127.0.0.1:5201/");
        try
        {
            FederationFile.Save(path, [entry]);
            Assert.Equal(new Uri("http://127.0.0.1:5201/"), FederationFile.Load(path).Single().WebUrl);
            FederationFile.Save(path, [entry with { WebUrl = null }]);
            Assert.Null(FederationFile.Load(path).Single().WebUrl);
            FederationFile.Save(path, [entry with { WebUrl = "127.0.0.1:5201" }]);
            Assert.Contains("webUrl", Assert.Throws<InvalidDataException>(() => FederationFile.Load(path)).Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ShareLinkAddresses Addresses(HubOptions hub, params PinnedPeer[] peers) =>
        new(Options.Create(hub), new PeerDirectory(peers));

    private static PinnedPeer Peer(string hubId) => new(hubId, "KZ", new Uri("https://" + hubId + ".example:5100"), []);
}
