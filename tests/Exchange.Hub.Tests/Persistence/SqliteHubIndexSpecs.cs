using Exchange.Hub.Persistence.Indexes;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Exchange.Hub.Tests.Persistence;

/// <summary>The index tables in the embedded hub's SQLite file.</summary>
public sealed class SqliteHubIndexSpecs : HubIndexSpecs, IAsyncDisposable
{
    private readonly EmbeddedStoreFixture _store = new();

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    private protected override Task<IndexDatabase> DatabaseAsync() =>
        Task.FromResult<IndexDatabase>(new SqliteIndexDatabase(_store.Database, _store.Store, Options.Create(new ClusterOptions { ServiceId = "svc" })));

    private protected override Serializer<T> Serializer<T>() => _store.Serializer<T>();
}
