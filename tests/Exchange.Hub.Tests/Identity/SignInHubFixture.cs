using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Identity;

/// <summary>One real Ukrainian hub with its own provider and the demo accounts, shared by the sign-in specs.</summary>
public sealed class SignInHubFixture : IAsyncLifetime
{
    private HubProcess? _hub;

    public HubProcess Hub => _hub ?? throw new InvalidOperationException("The hub has not started.");

    public static HubProcessSettings Settings(string hubId, string country, IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = HubProcessSettings.Fresh(hubId, country);
        var environment = new Dictionary<string, string>
        {
            ["Hub__SeedFolder"] = RepositoryRoot.Combine("seed"),
            ["Hub__Identity__DemoAccounts"] = "true",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return settings with { Extra = environment };
    }

    public async Task InitializeAsync() => _hub = await HubProcess.StartAsync(Settings("hub-signin", "UA"));

    public async Task DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }
}
