using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Persistence.CaseIndex;
using Exchange.Hub.Persistence.Postgres;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Persistence;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>The case index in a cluster's PostgreSQL database, its table made by the migrations.</summary>
[Collection(PostgresTestGroup.Name)]
public sealed class PostgresCaseIndexSpecs(PostgresServer server) : CaseIndexSpecs, IAsyncLifetime
{
    private NpgsqlDataSource? _database;
    private readonly List<PostgresCaseIndex> _indexes = [];

    public async Task InitializeAsync()
    {
        // A database per test: dropping a shared one (WITH FORCE) would cut a neighbour's pooled connections.
        var connectionString = await server.CreateDatabaseAsync("case_index_" + Guid.NewGuid().ToString("N")[..12]);
        await PostgresSchema.ApplyAsync(connectionString, CancellationToken.None);
        _database = NpgsqlDataSource.Create(connectionString);
    }

    public async Task DisposeAsync()
    {
        foreach (var index in _indexes)
        {
            await index.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override Task<ICaseIndex> IndexAsync()
    {
        var index = new PostgresCaseIndex(_database!, Options.Create(new ClusterOptions { ServiceId = "svc" }));
        _indexes.Add(index);
        return Task.FromResult<ICaseIndex>(index);
    }
}
