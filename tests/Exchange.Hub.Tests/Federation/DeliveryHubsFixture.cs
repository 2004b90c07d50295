using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Federation;

/// <summary>A UA and a KZ hub pinning each other, where the UA hub can be stopped and started again on the same
/// data folder and ports (decisions queued at KZ meanwhile; descriptors accepted before the restart).</summary>
public sealed class DeliveryHubsFixture : IAsyncLifetime
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
        _ua = UaSettings with { Extra = new Dictionary<string, string> { ["Hub__FederationFile"] = Pin(UaSettings, KzSettings, KzKeys) } };
        Ua = await HubProcess.StartAsync(_ua);
        Kz = await HubProcess.StartAsync(KzSettings with { Extra = new Dictionary<string, string> { ["Hub__FederationFile"] = Pin(KzSettings, UaSettings, UaKeys) } });
    }

    public async Task StopUaAsync() => await Ua.StopAsync();

    /// <summary>Starts the UA hub again on the data it had.</summary>
    public async Task StartUaAsync()
    {
        await Ua.DisposeAsync();
        Ua = await HubProcess.StartAsync(_ua);
    }

    public async Task DisposeAsync()
    {
        await Ua.DisposeAsync();
        await Kz.DisposeAsync();
        UaKeys.Dispose();
        KzKeys.Dispose();
    }

    private static string Pin(HubProcessSettings self, HubProcessSettings peer, HubKeyRing peerKeys)
    {
        var path = Path.Combine(self.DataFolder, "federation.json");
        FederationFile.Save(path, [PinCommand.Entry(new HubOptions { HubId = peer.HubId, Country = peer.Country, GrpcPort = peer.GrpcPort }, peerKeys)]);
        return path;
    }
}
