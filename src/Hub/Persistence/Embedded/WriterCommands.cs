using Microsoft.Data.Sqlite;

namespace Exchange.Hub.Persistence.Embedded;

/// <summary>
/// The writer connection's commands, one per SQL text, prepared on first use and kept for the life of the writer:
/// every case writes the same few statements, and compiling each again cost more than running it. A command is
/// handed out in the current batch's transaction with no parameters bound; it is the caller's until its next
/// <see cref="For"/> of the same text. Meant for constant SQL only: past <see cref="Capacity"/> texts the kept
/// commands are let go and prepared again as they come.
/// </summary>
internal sealed class WriterCommands(SqliteConnection connection) : IDisposable
{
    public const int Capacity = 64;

    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    /// <summary>The command for <paramref name="sql"/> in the batch's transaction, its parameters cleared.</summary>
    public SqliteCommand For(string sql)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            if (_prepared.Count >= Capacity)
            {
                DisposeAll();
            }

            command = connection.CreateCommand();
            command.CommandText = sql;
            _prepared[sql] = command;
        }

        command.Transaction = _transaction;
        command.Parameters.Clear();
        return command;
    }

    /// <summary>Statements from here on run in <paramref name="transaction"/> (null: outside any).</summary>
    public void Use(SqliteTransaction? transaction) => _transaction = transaction;

    public void Dispose() => DisposeAll();

    private void DisposeAll()
    {
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }

        _prepared.Clear();
    }
}
