using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Resilience;
using Exchange.Hub.Security;
using Exchange.Hub.Signing;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Tests.Federation;

/// <summary>A peer is reached over https with a pinned TLS key, or over plaintext only on loopback in development:
/// when the federation file is read, and again when a (descriptor-moved) endpoint is about to be called.</summary>
public sealed class PeerTransportRuleSpecs : IDisposable
{
    private const string Pin = "q0QwzVbN1l3f4hGkCmH3G8v3Zp5Xj0m4o3vZr2fL1Ck=";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "exchange-tests", $"transport-{Guid.NewGuid():N}");
    private readonly System.Security.Cryptography.ECDsa _peerKey = Es256.CreateKey();

    [Fact]
    public void A_federation_file_entry_with_an_https_endpoint_and_a_pinned_TLS_key_is_loaded_with_its_pin()
    {
        var peer = Load(Entry("https://hub-kz.example:5100", [Pin])).Single();

        Assert.Equal([Pin], peer.TlsKeyPins);
    }

    [Fact]
    public void An_https_endpoint_without_a_pinned_TLS_key_is_refused()
    {
        var refusal = Assert.Throws<InvalidDataException>(() => Load(Entry("https://hub-kz.example:5100", null)));
        Assert.Contains("no TLS key is pinned", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://hub-kz.example:5100")]
    [InlineData("http://10.0.0.7:5100")]
    public void A_plaintext_endpoint_off_this_machine_is_refused(string endpoint)
    {
        var refusal = Assert.Throws<InvalidDataException>(() => Load(Entry(endpoint, null)));
        Assert.Contains("allowed only on loopback", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plaintext_loopback_endpoint_without_pins_is_accepted_for_development() =>
        Assert.Empty(Load(Entry("http://127.0.0.1:5100", null)).Single().TlsKeyPins);

    [Fact]
    public async Task A_peer_moved_to_a_plaintext_endpoint_is_not_called()
    {
        var moved = new PinnedPeer("hub-kz", "KZ", new Uri("http://hub-kz.example:5100"), [new PinnedKey("hub-kz#1", _peerKey, DateTimeOffset.UnixEpoch, null)])
        {
            TlsKeyPins = [Pin],
        };
        using var keys = new HubKeyRing("hub-ua", _folder);
        using var clients = new PeerClients(new PeerDirectory([moved]), keys,
            new PeerCallPipelines(Options.Create(new PeerResilienceOptions()), TimeProvider.System), TimeProvider.System);
        var called = false;

        var refusal = await Assert.ThrowsAsync<HubException>(() => clients.CallAsync("hub-kz", (_, _) =>
        {
            called = true;
            return Task.FromResult(0);
        }, CancellationToken.None));

        Assert.Equal("PEER_ENDPOINT_NOT_ENCRYPTED", refusal.Reason);
        Assert.False(called);
    }

    public void Dispose()
    {
        _peerKey.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private PeerEntry Entry(string endpoint, List<string>? pins) => new(
        "hub-kz", "KZ", endpoint, [new KeyEntry("hub-kz#1", Convert.ToBase64String(_peerKey.ExportSubjectPublicKeyInfo()), DateTimeOffset.UnixEpoch, null)], pins);

    private IReadOnlyList<PinnedPeer> Load(PeerEntry entry)
    {
        var path = Path.Combine(_folder, "federation.json");
        FederationFile.Save(path, [entry]);
        return FederationFile.Load(path);
    }
}
