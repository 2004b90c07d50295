using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Issuing;

/// <summary>A real Ukrainian hub process for the issuing API specs.</summary>
public sealed class IssuingHubFixture : IAsyncLifetime
{
    private HubProcess? _hub;

    public HubProcess Hub => _hub ?? throw new InvalidOperationException("The hub has not started.");

    public string Token(HubTokenRequest request) => Hub.Token(request);

    public async Task InitializeAsync() => _hub = await HubProcess.StartAsync(HubProcessSettings.Fresh("hub-ua", "UA"));

    public async Task DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }
}
