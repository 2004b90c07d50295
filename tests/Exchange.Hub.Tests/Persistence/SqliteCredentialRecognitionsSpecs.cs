using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Persistence.Recognitions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Exchange.Hub.Tests.Persistence;

/// <summary>Credential recognitions in the embedded hub's SQLite file.</summary>
public sealed class SqliteCredentialRecognitionsSpecs : CredentialRecognitionsSpecs, IAsyncDisposable
{
    private readonly EmbeddedStoreFixture _store = new();

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    protected override Task<ICredentialRecognitions> StoreAsync() =>
        Task.FromResult<ICredentialRecognitions>(new SqliteCredentialRecognitions(
            _store.Database, _store.Store, _store.Serializer<CredentialRecognitionRecord>(), Options.Create(new ClusterOptions { ServiceId = "svc" })));
}
