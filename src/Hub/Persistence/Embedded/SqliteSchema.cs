using Exchange.Hub.Persistence.Migrations;
using Microsoft.Data.Sqlite;

namespace Exchange.Hub.Persistence.Embedded;

/// <summary>Brings <c>hub.db</c> to the newest SQLite migration (<c>Persistence/Migrations/Sqlite</c>) before any store
/// reads or writes it.</summary>
internal static class SqliteSchema
{
    /// <exception cref="SchemaNewerThanCodeException">A newer hub migrated the file further than this code knows.</exception>
    public static SchemaUpgrade Migrate(SqliteConnection connection, MigrationSet migrations, TimeProvider time)
    {
        // BEGIN IMMEDIATE takes the write lock before reading the history, so a second process opening the file at the
        // same moment migrates after this one and finds nothing to do.
        using var transaction = connection.BeginTransaction(deferred: false);
        // Microsoft.Data.Sqlite does its work synchronously and hands back completed tasks, so nothing blocks on I/O here.
        var upgrade = SchemaMigrator.MigrateAsync(transaction, migrations, time, CancellationToken.None).GetAwaiter().GetResult();
        transaction.Commit();
        return upgrade;
    }
}
