using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Hosting;
using Exchange.Hub.Signing.KeyRing;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Federation;

/// <summary>
/// The federation of the issue: three real hubs (UA, KZ, LV) as separate processes on loopback, each with a
/// federation file pinning the other two, exactly as three national centres would set it up from each other's
/// <c>pin</c> output.
/// </summary>
public sealed class ThreeHubsFixture : IAsyncLifetime
{
    private static readonly (string HubId, string Country)[] Countries = [("hub-ua", "UA"), ("hub-kz", "KZ"), ("hub-lv", "LV")];

    private readonly Dictionary<string, HubProcessSettings> _settings =
        Countries.ToDictionary(c => c.HubId, c => HubProcessSettings.Fresh(c.HubId, c.Country));

    private readonly Dictionary<string, HubProcess> _hubs = [];
    private readonly Dictionary<string, HubProcessSettings> _started = [];

    public HubProcess Ua => _hubs["hub-ua"];

    public HubProcess Kz => _hubs["hub-kz"];

    public HubProcess Lv => _hubs["hub-lv"];

    public async Task InitializeAsync()
    {
        var entries = new Dictionary<string, PeerEntry>();
        foreach (var (hubId, settings) in _settings)
        {
            using var keys = new HubKeyRing(hubId, Path.Combine(settings.DataFolder, "keys"));
            entries[hubId] = settings.PinEntry(keys);
        }

        await Task.WhenAll(_settings.Select(async pair =>
        {
            var (hubId, settings) = pair;
            var file = Path.Combine(settings.DataFolder, "federation.json");
            FederationFile.Save(file, [.. entries.Where(e => e.Key != hubId).Select(e => e.Value)]);
            var withFederation = settings with { Extra = new Dictionary<string, string> { ["Hub__FederationFile"] = file } };
            var hub = await HubProcess.StartAsync(withFederation);
            lock (_hubs)
            {
                _hubs[hubId] = hub;
                _started[hubId] = withFederation;
            }
        }));
    }

    /// <summary>Kills a hub like a crash (SIGKILL) and starts it again on the same data, keys and ports.</summary>
    public async Task CrashAndRestartAsync(string hubId)
    {
        await _hubs[hubId].DisposeAsync();
        _hubs[hubId] = await HubProcess.StartAsync(_started[hubId]);
    }

    public async Task DisposeAsync()
    {
        foreach (var hub in _hubs.Values)
        {
            await hub.DisposeAsync();
        }
    }
}
