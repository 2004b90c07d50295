using Exchange.Hub.Hosting;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Persistence.Postgres;

/// <summary>Applies the schema when a cluster-mode hub starts. Registered before the Orleans silo, so its
/// providers find their queries; hosted services start in registration order.</summary>
internal sealed partial class PostgresSchemaInitializer(IOptions<HubOptions> options, ILogger<PostgresSchemaInitializer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await PostgresSchema.ApplyAsync(options.Value.PostgresConnectionString!, cancellationToken);
        LogApplied(logger, PostgresSchema.CurrentVersion);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2, EventName = "PostgresSchemaApplied", Level = LogLevel.Information,
        Message = "PostgreSQL schema version {Version} is in place")]
    private static partial void LogApplied(ILogger logger, int version);
}
