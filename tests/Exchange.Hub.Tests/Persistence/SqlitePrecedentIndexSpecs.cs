using Exchange.Hub.Persistence.Indexes;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Exchange.Hub.Tests.Persistence;

/// <summary>The precedents index in the embedded hub's SQLite file.</summary>
public sealed class SqlitePrecedentIndexSpecs : PrecedentIndexSpecs, IAsyncDisposable
{
    private readonly EmbeddedStoreFixture _store = new();

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    private protected override Task<IndexDatabase> DatabaseAsync() =>
        Task.FromResult<IndexDatabase>(new SqliteIndexDatabase(_store.Database, _store.Store, Options.Create(new ClusterOptions { ServiceId = "svc" })));
}
