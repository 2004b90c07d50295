using System.Data.Common;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;

namespace Exchange.Hub.Persistence.Indexes;

/// <summary>The index tables in the cluster's PostgreSQL database, shared by the hub's silos. The tables are made on
/// first use; a first use that failed (database away) is tried again by the next.</summary>
internal sealed class PostgresIndexDatabase(NpgsqlDataSource database, IOptions<ClusterOptions> cluster)
    : IndexDatabase(cluster.Value.ServiceId)
{
    // Silos starting together would race on CREATE TABLE IF NOT EXISTS (it is not atomic in PostgreSQL): they take
    // turns on a transaction-scoped advisory lock. The key is an arbitrary constant of this project.
    private const string Create = "SELECT pg_advisory_xact_lock(1163412297);\n" + IndexTables.Postgres;

    private Task? _created;

    public override async Task<int> ExecuteAsync(string sql, Action<DbCommand> bind)
    {
        await CreatedAsync();
        await using var command = database.CreateCommand(sql);
        bind(command);
        return await command.ExecuteNonQueryAsync();
    }

    /// <remarks>One round trip: a batch runs as one implicit transaction.</remarks>
    public override async Task ExecuteEachAsync(string sql, IReadOnlyList<Action<DbCommand>> binds)
    {
        if (binds.Count == 0)
        {
            return;
        }

        await CreatedAsync();
        await using var batch = database.CreateBatch();
        foreach (var bind in binds)
        {
            // The binding adds parameters to a command; a batch command takes them over.
            using var bound = new NpgsqlCommand();
            bind(bound);
            var statement = new NpgsqlBatchCommand(sql);
            foreach (var parameter in bound.Parameters.ToList())
            {
                bound.Parameters.Remove(parameter);
                statement.Parameters.Add(parameter);
            }

            batch.BatchCommands.Add(statement);
        }

        await batch.ExecuteNonQueryAsync();
    }

    public override async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read)
    {
        await CreatedAsync();
        await using var connection = await database.OpenConnectionAsync();
        return await read(connection);
    }

    private Task CreatedAsync()
    {
        var created = _created;
        if (created is null || created.IsFaulted || created.IsCanceled)
        {
            // Two callers may both start it: the statements are idempotent and take turns on the lock.
            created = _created = CreateAsync();
        }

        return created;
    }

    private async Task CreateAsync()
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand(Create, connection, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}
