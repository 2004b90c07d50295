using Exchange.Hub.Persistence.Postgres;
using Exchange.Hub.Persistence.Indexes;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>The index tables in a cluster's PostgreSQL database, made by the numbered migrations as the hub makes them.</summary>
[Collection(PostgresTestGroup.Name)]
public sealed class PostgresHubIndexSpecs(PostgresServer server) : HubIndexSpecs, IAsyncLifetime
{
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();
    private NpgsqlDataSource? _database;

    public async Task InitializeAsync()
    {
        var connectionString = await server.CreateDatabaseAsync("indexes_" + Guid.NewGuid().ToString("N")[..12]);
        await PostgresSchema.ApplyAsync(connectionString, CancellationToken.None);
        _database = NpgsqlDataSource.Create(connectionString);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        await _services.DisposeAsync();
    }

    private protected override Task<IndexDatabase> DatabaseAsync() =>
        Task.FromResult<IndexDatabase>(new PostgresIndexDatabase(_database!, Options.Create(new ClusterOptions { ServiceId = "svc" })));

    private protected override Serializer<T> Serializer<T>() => _services.GetRequiredService<Serializer<T>>();
}
