using Exchange.Hub.Persistence.Migrations;
using Exchange.Hub.Persistence.Postgres;
using Exchange.Hub.Tests.Infrastructure;
using Npgsql;
using static Exchange.Hub.Tests.Postgres.PostgresSchemaSpecs;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>A real cluster-mode hub process migrating its database as it starts, or refusing to.</summary>
[Collection(PostgresTestGroup.Name)]
public sealed class ClusterModeMigrationSpecs(PostgresServer server)
{
    [Fact]
    public async Task A_hub_adopts_and_upgrades_a_database_made_before_migrations_as_it_starts()
    {
        var connectionString = await server.CreateDatabaseAsync("cluster_hub_legacy_schema");
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var script = new NpgsqlCommand(MigrationSet.Postgres.All[0].Script, connection, transaction);
            await script.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        await using var hub = await HubProcess.StartAsync(ClusterSilo(connectionString));

        Assert.Contains($"PostgreSQL schema version {PostgresSchema.CurrentVersion} is in place (was 0)", hub.Output, StringComparison.Ordinal);
        Assert.Equal((long)PostgresSchema.CurrentVersion, await ScalarAsync<long>(connectionString, $"SELECT count(*) FROM {SchemaMigrator.HistoryTable}"));
        using var http = hub.CreateHttpClient();
        Assert.Equal("Healthy", await http.GetStringAsync(new Uri("/health", UriKind.Relative)));
    }

    [Fact]
    public async Task A_hub_does_not_start_on_a_database_a_newer_release_migrated()
    {
        var connectionString = await server.CreateDatabaseAsync("cluster_hub_newer_schema");
        await PostgresSchema.ApplyAsync(connectionString, CancellationToken.None);
        var newer = PostgresSchema.CurrentVersion + 1;
        await ScalarAsync<int>(connectionString,
            $"INSERT INTO {SchemaMigrator.HistoryTable} (version, name, applied_ticks) VALUES ({newer}, 'from_a_newer_hub', 0) RETURNING version");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => HubProcess.StartAsync(ClusterSilo(connectionString)));

        Assert.Contains($"schema version {newer}", refused.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SchemaNewerThanCodeException), refused.Message, StringComparison.Ordinal);
    }

    private static HubProcessSettings ClusterSilo(string connectionString) =>
        HubProcessSettings.Fresh("hub-cluster", "KZ") with { Mode = "Cluster", PostgresConnectionString = connectionString };
}
