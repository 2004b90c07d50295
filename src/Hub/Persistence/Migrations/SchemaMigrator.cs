using System.Data.Common;
using System.Globalization;
using static Exchange.Hub.Persistence.SqlParameters;

namespace Exchange.Hub.Persistence.Migrations;

/// <summary>
/// Brings a database to the newest migration of its dialect. Each applied migration is a row of
/// <c>exchange_schema_history</c>; the missing ones run in order inside the caller's transaction, so a failing one leaves
/// the database at the version it had. The caller makes that transaction exclusive (PostgreSQL: an advisory lock; SQLite:
/// <c>BEGIN IMMEDIATE</c>), so silos that start together migrate one after another and the later ones find nothing to do.
/// </summary>
internal static class SchemaMigrator
{
    public const string HistoryTable = "exchange_schema_history";

    /// <summary>The migrator's own table, in SQL both dialects read alike; the migrations build everything else.</summary>
    private const string CreateHistory = $"""
        CREATE TABLE IF NOT EXISTS {HistoryTable} (
            version       INTEGER NOT NULL PRIMARY KEY,
            name          TEXT    NOT NULL,
            applied_ticks BIGINT  NOT NULL
        );
        """;

    private const string AppliedVersion = $"SELECT COALESCE(MAX(version), 0) FROM {HistoryTable};";

    private const string Record = $"INSERT INTO {HistoryTable} (version, name, applied_ticks) VALUES (@version, @name, @applied);";

    /// <exception cref="SchemaNewerThanCodeException">A newer hub migrated the database further than <paramref name="migrations"/> go.</exception>
    public static async Task<SchemaUpgrade> MigrateAsync(DbTransaction exclusive, MigrationSet migrations, TimeProvider time, CancellationToken cancellationToken)
    {
        var before = await AppliedVersionAsync(exclusive, migrations.Dialect, cancellationToken);
        if (before > migrations.Latest)
        {
            throw new SchemaNewerThanCodeException(migrations.Dialect, before, migrations.Latest);
        }

        // A database without history is new, or was made by the hub before migrations: 0001 is idempotent and adopts it.
        foreach (var migration in migrations.After(before))
        {
            await ExecuteAsync(exclusive, migration.Script, cancellationToken);
            await using var record = Command(exclusive, Record);
            Add(record, "@version", migration.Version);
            Add(record, "@name", migration.Name);
            Add(record, "@applied", time.GetUtcNow().UtcTicks);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        return new SchemaUpgrade(before, migrations.Latest);
    }

    private static async Task<int> AppliedVersionAsync(DbTransaction exclusive, string dialect, CancellationToken cancellationToken)
    {
        // Looked up before creating, so a database already migrated needs no CREATE privilege at start.
        await using (var exists = Command(exclusive, HistoryExists(dialect)))
        {
            if (!Convert.ToBoolean(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture))
            {
                await ExecuteAsync(exclusive, CreateHistory, cancellationToken);
                return 0;
            }
        }

        await using var read = Command(exclusive, AppliedVersion);
        return Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static string HistoryExists(string dialect) => dialect switch
    {
        "Postgres" => $"SELECT to_regclass('{HistoryTable}') IS NOT NULL;",
        "Sqlite" => $"SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{HistoryTable}');",
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "No SQL dialect of that name has migrations."),
    };

    private static async Task ExecuteAsync(DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbTransaction transaction, string sql)
    {
        var command = (transaction.Connection ?? throw new InvalidOperationException("The migration transaction has ended.")).CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        // A migration over a large table takes what it takes; the hub serves nothing before it is done.
        command.CommandTimeout = 0;
        return command;
    }
}
