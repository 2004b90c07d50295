using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Hosting;

/// <summary>One real embedded-mode hub process shared by the tests of a class.</summary>
public sealed class EmbeddedHubFixture : IAsyncLifetime
{
    private HubProcess? _hub;

    public HubProcess Hub => _hub ?? throw new InvalidOperationException("The hub has not started.");

    public async Task InitializeAsync() => _hub = await HubProcess.StartAsync(HubProcessSettings.Fresh("hub-embedded", "UA"));

    public async Task DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }
}
