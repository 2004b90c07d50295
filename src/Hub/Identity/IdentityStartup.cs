using Exchange.Hub.Hosting;
using Exchange.Hub.Identity.Demo;
using Exchange.Hub.Identity.Provider;
using Exchange.Hub.Identity.Store;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Identity;

/// <summary>
/// Gets sign-in ready before the hub says it is ready: the identity tables migrated, the provider's keys loaded (or
/// created by the first silo), its web client registered for the current issuer, and the demo accounts seeded when
/// they are turned on.
/// </summary>
internal sealed partial class IdentityStartup(
    IOptions<HubOptions> options, IServiceScopeFactory scopes, IdentityDatabase database, IHostEnvironment environment, ILogger<IdentityStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var hub = options.Value;
        await using var turn = await database.StartupLockAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        if (hub.Identity.Provider.Enabled)
        {
            await scope.ServiceProvider.GetRequiredService<ProviderKeyStore>().LoadAsync();
            var issuer = ProviderIssuer.For(hub);
            var clients = scope.ServiceProvider.GetRequiredService<ProviderClients>();
            await clients.RegisterWebAsync(issuer, cancellationToken);
            foreach (var party in hub.Identity.Provider.RelyingParties)
            {
                await clients.RegisterRelyingPartyAsync(party, cancellationToken);
            }

            LogProvider(logger, issuer.AbsoluteUri);
        }

        if (hub.Identity.DemoAccounts)
        {
            var root = Path.IsPathRooted(hub.SeedFolder!) ? hub.SeedFolder! : Path.GetFullPath(Path.Combine(environment.ContentRootPath, hub.SeedFolder!));
            // As the seed loader reads it: the country's sub-folder, or the folder itself when it is the country's.
            var folder = Directory.Exists(Path.Combine(root, hub.Country)) ? Path.Combine(root, hub.Country) : root;
            var path = Path.Combine(folder, DemoAccountsFile.FileName);
            var (accounts, clients) = await DemoAccountSeeder.SeedAsync(DemoAccountsFile.Load(path), hub.Country,
                scope.ServiceProvider.GetRequiredService<IdentityDbContext>(), scope.ServiceProvider.GetRequiredService<ProviderClients>(), cancellationToken);
            LogDemoAccounts(logger, accounts, clients, path);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2101, EventName = "IdentityProviderReady", Level = LogLevel.Information,
        Message = "The hub's OpenID provider issues tokens as {Issuer}")]
    private static partial void LogProvider(ILogger logger, string issuer);

    [LoggerMessage(EventId = 2102, EventName = "DemoAccountsOn", Level = LogLevel.Warning,
        Message = "Demo accounts are on: {Accounts} accounts and {Clients} clients of {File}, whose passwords are published. Set Hub:Identity:DemoAccounts to false for real use")]
    private static partial void LogDemoAccounts(ILogger logger, int accounts, int clients, string file);
}
