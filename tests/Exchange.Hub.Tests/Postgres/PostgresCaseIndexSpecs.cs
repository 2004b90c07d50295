using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Persistence.CaseIndex;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Persistence;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>The case index in a cluster's PostgreSQL database, its table made by the migrations.</summary>
[Collection(PostgresTestGroup.Name)]
public sealed class PostgresCaseIndexSpecs(PostgresServer server) : CaseIndexSpecs, IAsyncLifetime
{
    private readonly MigratedPostgresDatabase _database = new(server, "case_index");
    private readonly List<PostgresCaseIndex> _indexes = [];

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        foreach (var index in _indexes)
        {
            await index.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    protected override Task<ICaseIndex> IndexAsync()
    {
        var index = new PostgresCaseIndex(_database.Source, _database.Cluster);
        _indexes.Add(index);
        return Task.FromResult<ICaseIndex>(index);
    }
}
