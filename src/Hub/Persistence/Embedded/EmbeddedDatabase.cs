using Microsoft.Data.Sqlite;

namespace Exchange.Hub.Persistence.Embedded;

/// <summary>The embedded hub's one SQLite file (<c>hub.db</c> in the data folder), in WAL mode so readers never
/// wait for the writer.</summary>
internal sealed class EmbeddedDatabase
{
    public EmbeddedDatabase(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        Path = System.IO.Path.Combine(dataFolder, "hub.db");
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }

    public string Path { get; }

    public string ConnectionString { get; }
}
