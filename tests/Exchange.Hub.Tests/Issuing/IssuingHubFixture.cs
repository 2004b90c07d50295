using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Issuing;

/// <summary>
/// A real hub process for the issuing API specs, with one token issuer kept for the fixture's lifetime: the token
/// library caches signature providers per key, so minting with a key ring disposed after each token (as
/// <see cref="HubProcess.Token"/> does) fails from the second token on.
/// </summary>
public sealed class IssuingHubFixture : IAsyncLifetime, IDisposable
{
    private HubProcess? _hub;
    private HubKeyRing? _keys;

    public HubProcess Hub => _hub ?? throw new InvalidOperationException("The hub has not started.");

    public string Token(HubTokenRequest request) => new HubTokenIssuer(_keys!, TimeProvider.System).Issue(request);

    public async Task InitializeAsync()
    {
        _hub = await HubProcess.StartAsync(HubProcessSettings.Fresh("hub-ua", "UA"));
        _keys = new HubKeyRing(_hub.Settings.HubId, Path.Combine(_hub.Settings.DataFolder, "keys"));
    }

    public void Dispose() => _keys?.Dispose();

    public async Task DisposeAsync()
    {
        Dispose();
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }
}
