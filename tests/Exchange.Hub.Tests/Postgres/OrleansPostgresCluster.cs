using Exchange.Hub.Persistence.Postgres;
using Exchange.Hub.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>
/// A two-silo Orleans test cluster whose membership, grain state and reminders all live in a fresh
/// PostgreSQL database with our schema. Class fixture: xunit 2 cannot hand a collection fixture to a class
/// fixture's constructor, so tests call <see cref="StartAsync"/> (idempotent) with the shared server.
/// </summary>
/// <remarks>
/// Uses <see cref="TestClusterBuilder"/>, not <c>InProcessTestClusterBuilder</c>: in 10.4.2 the latter's
/// <c>UseTestClusterMembership</c> is internal and its in-memory membership table overrides
/// <c>UseAdoNetClustering</c>, so nothing would reach PostgreSQL.
/// </remarks>
public sealed class OrleansPostgresCluster : IAsyncLifetime
{
    public const string StorageName = "pg";

    /// <summary>Same schema, but ClearStateAsync deletes the row (uses DeleteStorageKey).</summary>
    public const string DeletingStorageName = "pg-delete";

    /// <summary>Fixed, because TestingHost randomises it and persisted state is keyed by ServiceId.</summary>
    public const string ServiceId = "exchange-pg-tests";

    /// <summary>TestCluster hands builder properties to configurators through IConfiguration.</summary>
    private const string ConnectionStringKey = "ExchangeTests:PostgresConnectionString";

    private readonly Lock _sync = new();
    private Task? _start;
    private TestCluster? _cluster;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("Call StartAsync first.");

    public string ConnectionString { get; private set; } = string.Empty;

    public string ClusterId => Cluster.Options.ClusterId;

    public Task StartAsync(PostgresServer server)
    {
        lock (_sync)
        {
            return _start ??= StartCoreAsync(server);
        }
    }

    private async Task StartCoreAsync(PostgresServer server)
    {
        ConnectionString = await server.CreateDatabaseAsync("orleans_cluster");
        await PostgresSchema.ApplyAsync(ConnectionString, CancellationToken.None);

        var builder = new TestClusterBuilder(2);
        builder.Options.ServiceId = ServiceId;
        // Real membership: silos join through OrleansMembershipTable, not the test cluster's own table.
        builder.Options.UseTestClusterMembership = false;
        builder.Properties[ConnectionStringKey] = ConnectionString;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();

        var cluster = builder.Build();
        await cluster.DeployAsync();
        _cluster = cluster;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }

    private static string ConnectionStringFrom(IConfiguration configuration) =>
        configuration[ConnectionStringKey] ?? throw new InvalidOperationException($"{ConnectionStringKey} is not set.");

    /// <summary>The hub's cluster-mode Orleans configuration, against the test database.</summary>
    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var connectionString = ConnectionStringFrom(siloBuilder.Configuration);
            siloBuilder.UseAdoNetClustering(o =>
            {
                o.Invariant = PostgresSchema.Invariant;
                o.ConnectionString = connectionString;
            });
            siloBuilder.AddAdoNetGrainStorage(StorageName, options => options.Configure<Serializer>((o, serializer) =>
            {
                o.Invariant = PostgresSchema.Invariant;
                o.ConnectionString = connectionString;
                // Orleans' binary serializer: payloads follow [Id]/[Alias] contracts instead of .NET type names.
                o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }));
            siloBuilder.AddAdoNetGrainStorage(DeletingStorageName, o =>
            {
                o.Invariant = PostgresSchema.Invariant;
                o.ConnectionString = connectionString;
                o.DeleteStateOnClear = true;
            });
            siloBuilder.UseAdoNetReminderService(o =>
            {
                o.Invariant = PostgresSchema.Invariant;
                o.ConnectionString = connectionString;
            });
        }
    }

    /// <summary>The client finds gateways with GatewaysQueryKey.</summary>
    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.UseAdoNetClustering(o =>
            {
                o.Invariant = PostgresSchema.Invariant;
                o.ConnectionString = ConnectionStringFrom(configuration);
            });
    }
}
