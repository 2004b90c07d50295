using Exchange.Hub.Federation.Client;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Resilience;
using Exchange.Hub.Hosting;
using Exchange.Hub.Signing.KeyRing;
using Exchange.Hub.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Tests.Federation;

/// <summary>Two real hubs (UA and KZ) whose federation files pin each other's keys, as two national centres
/// would after exchanging `pin` output. The UA hub can be stopped and started again on the same data folder and
/// ports (decisions queued at KZ meanwhile; descriptors accepted before the restart).</summary>
public sealed class TwoHubsFixture : IAsyncLifetime
{
    private HubProcessSettings _ua = null!;

    public HubProcessSettings UaSettings { get; } = HubProcessSettings.Fresh("hub-ua", "UA");

    public HubProcessSettings KzSettings { get; } = HubProcessSettings.Fresh("hub-kz", "KZ");

    public HubProcess Ua { get; private set; } = null!;

    public HubProcess Kz { get; private set; } = null!;

    public HubKeyRing UaKeys { get; private set; } = null!;

    public HubKeyRing KzKeys { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        UaKeys = new HubKeyRing("hub-ua", Path.Combine(UaSettings.DataFolder, "keys"));
        KzKeys = new HubKeyRing("hub-kz", Path.Combine(KzSettings.DataFolder, "keys"));
        var uaFile = PinEachOther(UaSettings, KzSettings, KzKeys);
        var kzFile = PinEachOther(KzSettings, UaSettings, UaKeys);
        _ua = UaSettings with { Extra = new Dictionary<string, string> { ["Hub__FederationFile"] = uaFile } };
        Ua = await HubProcess.StartAsync(_ua);
        Kz = await HubProcess.StartAsync(KzSettings with { Extra = new Dictionary<string, string> { ["Hub__FederationFile"] = kzFile } });
    }

    public async Task StopUaAsync() => await Ua.StopAsync();

    /// <summary>Starts the UA hub again on the data it had.</summary>
    public async Task StartUaAsync()
    {
        await Ua.DisposeAsync();
        Ua = await HubProcess.StartAsync(_ua);
    }

    public static PinnedPeer Pinned(HubProcessSettings settings, HubKeyRing keys) =>
        new(settings.HubId, settings.Country, settings.GrpcEndpoint,
            [new PinnedKey(keys.AttestationKeyId, keys.AttestationKey, DateTimeOffset.UnixEpoch, null)])
        {
            TlsKeyPins = [settings.TlsKeyPin()],
        };

    /// <summary>Signed clients as the KZ hub calls the UA hub (short retry delays for tests).</summary>
    public PeerClients KzCallingUa() => new(
        new PeerDirectory([Pinned(UaSettings, UaKeys)]),
        KzKeys,
        new PeerCallPipelines(Options.Create(new PeerResilienceOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(10) }), TimeProvider.System),
        TimeProvider.System);

    public async Task DisposeAsync()
    {
        await Ua.DisposeAsync();
        await Kz.DisposeAsync();
        UaKeys.Dispose();
        KzKeys.Dispose();
    }

    private static string PinEachOther(HubProcessSettings self, HubProcessSettings peer, HubKeyRing peerKeys)
    {
        var path = Path.Combine(self.DataFolder, "federation.json");
        FederationFile.Save(path, [peer.PinEntry(peerKeys)]);
        return path;
    }
}
