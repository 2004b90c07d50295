using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Persistence.CaseIndex;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Exchange.Hub.Tests.Persistence;

/// <summary>The case index in the embedded hub's SQLite file.</summary>
public sealed class SqliteCaseIndexSpecs : CaseIndexSpecs, IAsyncDisposable
{
    private readonly EmbeddedStoreFixture _store = new();

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    protected override Task<ICaseIndex> IndexAsync() =>
        Task.FromResult<ICaseIndex>(new SqliteCaseIndex(_store.Database, _store.Store, Options.Create(new ClusterOptions { ServiceId = "svc" })));
}
