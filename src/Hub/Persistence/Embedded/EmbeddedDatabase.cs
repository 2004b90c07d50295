using Microsoft.Data.Sqlite;

namespace Exchange.Hub.Persistence.Embedded;

/// <summary>The embedded hub's one SQLite file (<c>hub.db</c> in the data folder), in WAL mode so readers never
/// wait for the writer, and migrated to the newest schema before any store uses it. Folder and files are the hub's
/// user's alone: the state holds personal data and wrapped keys.</summary>
internal sealed class EmbeddedDatabase
{
    public EmbeddedDatabase(string dataFolder)
        : this(dataFolder, TimeProvider.System)
    {
    }

    /// <param name="migrations">The migrations to bring the file to: all of them (the default), or fewer to make the file
    /// an older hub would have left.</param>
    /// <exception cref="Migrations.SchemaNewerThanCodeException">A newer hub migrated the file further than this code knows.</exception>
    public EmbeddedDatabase(string dataFolder, TimeProvider time, Migrations.MigrationSet? migrations = null)
    {
        Security.PrivateFolder.Ensure(dataFolder);
        Path = System.IO.Path.Combine(dataFolder, "hub.db");
        // SQLite gives the -wal and -shm files the main file's mode, so creating it owner-only covers all three;
        // files an earlier version left readable are narrowed.
        Security.PrivateFile.EnsureExists(Path);
        Security.PrivateFile.Restrict(Path + "-wal");
        Security.PrivateFile.Restrict(Path + "-shm");
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode=WAL;";
            command.ExecuteNonQuery();
        }

        SqliteSchema.Migrate(connection, migrations ?? Migrations.MigrationSet.Sqlite, time);
    }

    public string Path { get; }

    public string ConnectionString { get; }
}
