using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Persistence.Postgres;
using Exchange.Hub.Persistence.Recognitions;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>Credential recognitions in a cluster's PostgreSQL database, the table made by the migrations.</summary>
[Collection(PostgresTestGroup.Name)]
public sealed class PostgresCredentialRecognitionsSpecs(PostgresServer server) : CredentialRecognitionsSpecs, IAsyncLifetime
{
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();
    private NpgsqlDataSource? _database;

    public async Task InitializeAsync()
    {
        var connectionString = await server.CreateDatabaseAsync("recognitions_" + Guid.NewGuid().ToString("N")[..12]);
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

    protected override Task<ICredentialRecognitions> StoreAsync() =>
        Task.FromResult<ICredentialRecognitions>(new PostgresCredentialRecognitions(
            _database!, _services.GetRequiredService<Serializer<CredentialRecognitionRecord>>(), Options.Create(new ClusterOptions { ServiceId = "svc" })));
}
