using Exchange.Hub.Persistence.Indexes;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Persistence;
using Orleans.Serialization;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>The index tables in a cluster's PostgreSQL database, made by the numbered migrations as the hub makes them.</summary>
[Collection(PostgresTestGroup.Name)]
public sealed class PostgresHubIndexSpecs(PostgresServer server) : HubIndexSpecs, IAsyncLifetime
{
    private readonly MigratedPostgresDatabase _database = new(server, "indexes");

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private protected override Task<IndexDatabase> DatabaseAsync() =>
        Task.FromResult<IndexDatabase>(new PostgresIndexDatabase(_database.Source, _database.Cluster));

    private protected override Serializer<T> Serializer<T>() => _database.Serializer<T>();
}
