using System.Data.Common;
using Exchange.Hub.Persistence.Embedded;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Exchange.Hub.Persistence.Indexes;

/// <summary>The index tables in the embedded hub's SQLite file. Writes join the state store's group commit (the file has
/// one writer), so a burst of changes costs one transaction; reads use their own connection, which WAL lets run beside it.</summary>
internal sealed class SqliteIndexDatabase : IndexDatabase
{
    private readonly string _connectionString;
    private readonly SqliteStateStore _store;

    public SqliteIndexDatabase(EmbeddedDatabase database, SqliteStateStore store, IOptions<ClusterOptions> cluster)
        : base(cluster.Value.ServiceId)
    {
        _connectionString = database.ConnectionString;
        _store = store;
    }

    public override Task<int> ExecuteAsync(string sql, Action<DbCommand> bind) =>
        _store.ExecuteInBatchAsync(commands =>
        {
            var command = commands.For(sql);
            bind(command);
            return command.ExecuteNonQuery();
        });

    public override async Task ExecuteEachAsync(string sql, IReadOnlyList<Action<DbCommand>> binds)
    {
        if (binds.Count == 0)
        {
            return;
        }

        await _store.ExecuteInBatchAsync(commands =>
        {
            foreach (var bind in binds)
            {
                var command = commands.For(sql);
                bind(command);
                command.ExecuteNonQuery();
            }

            return binds.Count;
        });
    }

    public override async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        return await read(connection);
    }
}
