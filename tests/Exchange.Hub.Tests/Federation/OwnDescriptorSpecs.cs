using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Descriptors;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Exchange.Hub.Tests.Federation;

/// <summary>The hub's own descriptor: re-signed inside the freshness window with a sequence kept in the keys folder,
/// and after a rotation signed by old and new key so a peer that pinned the old one follows.</summary>
public sealed class OwnDescriptorSpecs : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "exchange-descriptor-" + Guid.NewGuid().ToString("N"));
    private readonly IOptions<HubOptions> _hub = Options.Create(new HubOptions { HubId = "hub-ua", Country = "UA", GrpcPort = 5100 });

    [Fact]
    public void The_descriptor_is_re_signed_with_the_same_sequence_once_it_is_older_than_the_re_sign_interval()
    {
        var clock = new FakeTimeProvider(Start);
        using var keys = new HubKeyRing("hub-ua", _folder);
        var own = new OwnDescriptor(_hub, keys, clock);

        var first = Read(own.Current);
        clock.Advance(OwnDescriptor.ResignAfter - TimeSpan.FromSeconds(1));
        Assert.Equal(first.IssuedAt, Read(own.Current).IssuedAt);
        clock.Advance(TimeSpan.FromSeconds(1));
        var second = Read(own.Current);

        // Peers keep one descriptor per sequence; a new number every two minutes would grow their chains for ever.
        Assert.Equal(first.Sequence, second.Sequence);
        Assert.Equal(clock.GetUtcNow(), second.IssuedAt.ToDateTimeOffset());
        Assert.True(OwnDescriptor.ResignAfter < DescriptorAcceptance.Freshness / 2);
    }

    [Fact]
    public void The_sequence_keeps_growing_across_a_restart_on_the_same_keys_folder()
    {
        long before;
        using (var keys = new HubKeyRing("hub-ua", _folder))
        {
            before = Read(new OwnDescriptor(_hub, keys, new FakeTimeProvider(Start)).Current).Sequence;
        }

        using var restarted = new HubKeyRing("hub-ua", _folder);
        var after = Read(new OwnDescriptor(_hub, restarted, new FakeTimeProvider(Start.AddMinutes(1))).Current).Sequence;

        Assert.True(after > before, $"{after} after the restart, {before} before");
    }

    [Fact]
    public void After_a_rotation_a_peer_that_pinned_the_old_key_accepts_the_descriptor_and_pins_the_new_key()
    {
        PinnedPeer pinnedByPeer;
        using (var first = new HubKeyRing("hub-ua", _folder))
        {
            // The TLS pin is irrelevant here but required of every https peer in a federation file.
            pinnedByPeer = Pin(PinCommand.Entry(_hub.Value, first, Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData("tls key"u8))));
        }

        var rotatedAt = Start;
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Hub:HubId"] = "hub-ua", ["Hub:KeysFolder"] = _folder }).Build();
        Assert.Equal(0, KeysCommand.Run(["keys", "rotate", "--which", "attestation"], config, "/", new FakeTimeProvider(rotatedAt)));
        using var keys = new HubKeyRing("hub-ua", _folder);
        var now = rotatedAt.AddHours(1);
        var signed = new OwnDescriptor(_hub, keys, new FakeTimeProvider(now)).Current;

        var followed = DescriptorAcceptance.Accept(pinnedByPeer, signed, now);

        Assert.True(followed.FindKey(keys.AttestationKeyId)!.IsValidAt(now));
        var old = followed.Keys.Single(k => k.KeyId != keys.AttestationKeyId);
        Assert.True(old.IsValidAt(rotatedAt.AddMinutes(-1)));
        Assert.False(old.IsValidAt(now));
        Assert.Equal(2, signed.Signatures.Count);
    }

    [Fact]
    public void The_descriptor_publishes_the_web_address_and_a_peer_takes_it_over_the_one_its_federation_file_named()
    {
        using var keys = new HubKeyRing("hub-ua", _folder);
        var pinned = Pin(PinCommand.Entry(_hub.Value, keys, Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData("tls key"u8))));
        var moved = Options.Create(new HubOptions { HubId = "hub-ua", Country = "UA", GrpcPort = 5100, PublicWebUrl = "https://exchange.example.ua/" });

        var signed = new OwnDescriptor(moved, keys, new FakeTimeProvider(Start)).Current;

        Assert.Equal("https://127.0.0.1:5101/", pinned.WebUrl!.AbsoluteUri);
        Assert.Equal("https://exchange.example.ua/", Read(signed).WebUrl);
        Assert.Equal(new Uri("https://exchange.example.ua/"), DescriptorAcceptance.Accept(pinned, signed, Start).WebUrl);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static HubDescriptor Read(SignedHubDescriptor signed) => HubDescriptor.Parser.ParseFrom(signed.DescriptorBytes);

    private static PinnedPeer Pin(PeerEntry entry)
    {
        var path = Path.Combine(Path.GetTempPath(), "exchange-pin-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            FederationFile.Save(path, [entry]);
            return FederationFile.Load(path).Single();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
