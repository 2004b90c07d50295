using Exchange.Hub.Hosting;
using Exchange.Hub.Persistence.Embedded;
using Exchange.Hub.Persistence.Postgres;
using Microsoft.EntityFrameworkCore;

namespace Exchange.Hub.Identity.Store;

/// <summary>
/// Where the identity tables live: the embedded hub's <c>hub.db</c> (owner-only files, migrated when it is opened) or
/// the cluster's PostgreSQL database. Either way the numbered migrations have run before the first query, whichever
/// of the hub's start-up steps comes first.
/// </summary>
internal sealed class IdentityDatabase(HubOptions hub, IServiceProvider services, TimeProvider time)
{
    private readonly Lazy<Task<string>> _ready = new(() => PrepareAsync(hub, services, time));

    /// <summary>The connection string, once the schema is in place.</summary>
    public Task<string> ReadyAsync() => _ready.Value;

    public void Configure(DbContextOptionsBuilder options)
    {
        // The schema comes from the migrations; this only waits for them (once, at the first context).
        var connection = ReadyAsync().GetAwaiter().GetResult();
        if (hub.Mode == HubMode.Cluster)
        {
            options.UseNpgsql(connection);
        }
        else
        {
            options.UseSqlite(connection);
        }
    }

    /// <summary>
    /// Serialises the start-up writes of the hub's silos (provider keys, client registrations, demo accounts): in a
    /// cluster a session-level advisory lock, so silos starting together take turns and the later ones find the rows
    /// written; the embedded hub is one process.
    /// </summary>
    public async Task<IAsyncDisposable> StartupLockAsync(CancellationToken ct)
    {
        var connectionString = await ReadyAsync();
        if (hub.Mode != HubMode.Cluster)
        {
            return NoLock.Instance;
        }

        var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({StartupLockKey});", connection) { CommandTimeout = 120 };
        await command.ExecuteNonQueryAsync(ct);
        // Closing the session releases its advisory locks.
        return connection;
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    // 'EXCI': beside the schema migration's 'EXCH' lock (PostgresSchema.AdvisoryLockKey).
    private const long StartupLockKey = 1163412297;

    private static async Task<string> PrepareAsync(HubOptions hub, IServiceProvider services, TimeProvider time)
    {
        if (hub.Mode == HubMode.Cluster)
        {
            // Idempotent and serialised by an advisory lock, so it does not matter that the schema initializer may run too.
            await PostgresSchema.MigrateAsync(hub.PostgresConnectionString!, Persistence.Migrations.MigrationSet.Postgres, time, CancellationToken.None);
            return hub.PostgresConnectionString!;
        }

        // Opening the embedded database migrates it.
        return services.GetRequiredService<EmbeddedDatabase>().ConnectionString;
    }
}
