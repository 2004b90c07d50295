using Exchange.Hub.Persistence.Indexes;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Persistence;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>The precedents index in a cluster's PostgreSQL database, made by the numbered migrations as the hub makes them.</summary>
[Collection(PostgresTestGroup.Name)]
public sealed class PostgresPrecedentIndexSpecs(PostgresServer server) : PrecedentIndexSpecs, IAsyncLifetime
{
    private readonly MigratedPostgresDatabase _database = new(server, "precedents");

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private protected override Task<IndexDatabase> DatabaseAsync() =>
        Task.FromResult<IndexDatabase>(new PostgresIndexDatabase(_database.Source, _database.Cluster));
}
