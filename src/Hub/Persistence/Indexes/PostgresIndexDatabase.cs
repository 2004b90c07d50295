using System.Data.Common;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;

namespace Exchange.Hub.Persistence.Indexes;

/// <summary>The index tables in the cluster's PostgreSQL database, shared by the hub's silos; the tables come from the
/// numbered migrations (Persistence/Migrations), applied before the silo starts.</summary>
internal sealed class PostgresIndexDatabase(NpgsqlDataSource database, IOptions<ClusterOptions> cluster)
    : IndexDatabase(cluster.Value.ServiceId)
{
    public override async Task<int> ExecuteAsync(string sql, Action<DbCommand> bind)
    {
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
        await using var connection = await database.OpenConnectionAsync();
        return await read(connection);
    }
}
