using Exchange.Hub.Persistence.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Exchange.Hub.Tests.Infrastructure;

/// <summary>
/// A database of its own on the throwaway server, at the latest schema (the hub's migrations), with what the stores
/// take besides it: the cluster's service id and Orleans' serializers. One per test: dropping a shared database
/// (WITH FORCE) would cut a neighbour's pooled connections.
/// </summary>
public sealed class MigratedPostgresDatabase(PostgresServer server, string prefix) : IAsyncLifetime
{
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();
    private NpgsqlDataSource? _source;

    public NpgsqlDataSource Source => _source ?? throw new InvalidOperationException("The database is made in InitializeAsync.");

    public IOptions<ClusterOptions> Cluster { get; } = Options.Create(new ClusterOptions { ServiceId = "svc" });

    public Serializer<T> Serializer<T>() => _services.GetRequiredService<Serializer<T>>();

    public async Task InitializeAsync()
    {
        var connectionString = await server.CreateDatabaseAsync(prefix + "_" + Guid.NewGuid().ToString("N")[..12]);
        await PostgresSchema.ApplyAsync(connectionString, CancellationToken.None);
        _source = NpgsqlDataSource.Create(connectionString);
    }

    public async Task DisposeAsync()
    {
        if (_source is not null)
        {
            await _source.DisposeAsync();
        }

        await _services.DisposeAsync();
    }
}
