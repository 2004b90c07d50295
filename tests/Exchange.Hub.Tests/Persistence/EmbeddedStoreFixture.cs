using Exchange.Hub.Persistence.Embedded;
using Exchange.Hub.Persistence.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Exchange.Hub.Tests.Persistence;

/// <summary>A fresh embedded database in a temp folder, with Orleans' real storage serializer.</summary>
internal sealed class EmbeddedStoreFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    /// <param name="migrations">The schema to bring the file to, when not the newest: an older hub's.</param>
    public EmbeddedStoreFixture(string? folder = null, Func<EmbeddedStoreFixture, IEnumerable<ISqliteStateProjection>>? projections = null,
        MigrationSet? migrations = null)
    {
        Folder = folder ?? Path.Combine(Path.GetTempPath(), "exchange-tests", "store-" + Guid.NewGuid().ToString("N"));
        Database = new EmbeddedDatabase(Folder, TimeProvider.System, migrations);
        Store = new SqliteStateStore(Database, TimeProvider.System);
        Storage = new SqliteGrainStorage("svc", Store, new StatePayloadSerializer(_services.GetRequiredService<Serializer>()),
            projections?.Invoke(this) ?? []);
    }

    public string Folder { get; }

    public EmbeddedDatabase Database { get; }

    public SqliteStateStore Store { get; }

    public SqliteGrainStorage Storage { get; }

    public Serializer<T> Serializer<T>() => _services.GetRequiredService<Serializer<T>>();

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await _services.DisposeAsync();
    }
}
