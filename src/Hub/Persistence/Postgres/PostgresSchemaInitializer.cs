using Exchange.Hub.Hosting;
using Exchange.Hub.Persistence.Migrations;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Persistence.Postgres;

/// <summary>Migrates the database when a cluster-mode hub starts. Registered before the Orleans silo, so its
/// providers find their queries; hosted services start in registration order.</summary>
internal sealed partial class PostgresSchemaInitializer(IOptions<HubOptions> options, TimeProvider time, ILogger<PostgresSchemaInitializer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var upgrade = await PostgresSchema.MigrateAsync(options.Value.PostgresConnectionString!, MigrationSet.Postgres, time, cancellationToken);
        LogApplied(logger, upgrade.To, upgrade.From);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2, EventName = "PostgresSchemaApplied", Level = LogLevel.Information,
        Message = "PostgreSQL schema version {Version} is in place (was {PreviousVersion})")]
    private static partial void LogApplied(ILogger logger, int version, int previousVersion);
}
