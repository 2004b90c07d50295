using Exchange.Hub.Persistence.Migrations;
using Npgsql;

namespace Exchange.Hub.Persistence.Postgres;

/// <summary>
/// Brings the cluster's PostgreSQL database to the newest migration (<c>Persistence/Migrations/Postgres</c>): the tables
/// and queries Orleans' ADO.NET clustering, grain persistence and reminders need (the providers ship no SQL; see
/// docs/postgres.md) and the hub's own. Call before the silo starts, because the providers read their queries from
/// <c>OrleansQuery</c> while initialising.
/// </summary>
public static class PostgresSchema
{
    /// <summary>The Orleans ADO.NET invariant to configure on every provider for this schema.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>Serialises every hub process migrating one database ("Exchange" schema, 0x45584348 = 'EXCH').</summary>
    internal const long AdvisoryLockKey = 1163412296;

    /// <summary>The version <see cref="ApplyAsync"/> brings a database to: the newest PostgreSQL migration.</summary>
    public static int CurrentVersion => MigrationSet.Postgres.Latest;

    /// <summary>
    /// Applies the migrations the database lacks. Idempotent and safe to call from several silos at once: it all runs in
    /// one transaction that first takes a transaction-scoped advisory lock, so concurrent callers migrate one after
    /// another and the later ones find nothing to do.
    /// </summary>
    /// <exception cref="SchemaNewerThanCodeException">A newer hub migrated the database further than this code knows.</exception>
    public static Task ApplyAsync(string connectionString, CancellationToken ct) =>
        MigrateAsync(connectionString, MigrationSet.Postgres, TimeProvider.System, ct);

    internal static async Task<SchemaUpgrade> MigrateAsync(string connectionString, MigrationSet migrations, TimeProvider time, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({AdvisoryLockKey});", connection, transaction))
        {
            // A concurrent silo may hold the lock for the duration of its own migration.
            command.CommandTimeout = 120;
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        var upgrade = await SchemaMigrator.MigrateAsync(transaction, migrations, time, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return upgrade;
    }
}
