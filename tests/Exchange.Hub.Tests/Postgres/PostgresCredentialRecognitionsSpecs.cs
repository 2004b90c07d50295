using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Persistence.Recognitions;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Persistence;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>Credential recognitions in a cluster's PostgreSQL database, the table made by the migrations.</summary>
[Collection(PostgresTestGroup.Name)]
public sealed class PostgresCredentialRecognitionsSpecs(PostgresServer server) : CredentialRecognitionsSpecs, IAsyncLifetime
{
    private readonly MigratedPostgresDatabase _database = new(server, "recognitions");

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    protected override Task<ICredentialRecognitions> StoreAsync() =>
        Task.FromResult<ICredentialRecognitions>(new PostgresCredentialRecognitions(
            _database.Source, _database.Serializer<CredentialRecognitionRecord>(), _database.Cluster));
}
