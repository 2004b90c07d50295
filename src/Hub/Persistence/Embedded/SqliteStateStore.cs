using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Exchange.Hub.Persistence.Embedded;

/// <summary>
/// Durable grain-state rows in one SQLite file (WAL, synchronous=FULL), so an embedded hub keeps every accepted
/// write across a crash or <c>kill -9</c>.
/// </summary>
/// <remarks>
/// SQLite allows one writer at a time and each commit costs an fsync. Instead of making every grain wait for its
/// own fsync, one writer thread drains whatever writes are queued and commits them in a single transaction
/// (group commit): throughput grows with load while every caller still learns only after its row is durable.
/// Each write is checked on its own version, so one conflicting write never fails its neighbours in the batch.
/// </remarks>
internal sealed class SqliteStateStore : IAsyncDisposable
{
    private const int MaxBatch = 512;

    private readonly string _connectionString;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writerLoop;

    public SqliteStateStore(EmbeddedDatabase database)
    {
        _connectionString = database.ConnectionString;
        using (var connection = Open())
        {
            Execute(connection, """
                CREATE TABLE IF NOT EXISTS grain_state (
                    service_id   TEXT    NOT NULL,
                    state_name   TEXT    NOT NULL,
                    grain_id     TEXT    NOT NULL,
                    version      INTEGER NOT NULL,
                    payload      BLOB    NULL,
                    modified_utc TEXT    NOT NULL,
                    PRIMARY KEY (service_id, state_name, grain_id)
                ) WITHOUT ROWID;
                """);
        }

        _writerLoop = Task.Factory.StartNew(
            WriteLoop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    public StoredState? Read(StateKey key)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT version, payload FROM grain_state WHERE service_id = $s AND state_name = $n AND grain_id = $g;";
        Bind(command, key);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var payload = reader.IsDBNull(1) ? null : (byte[])reader.GetValue(1);
        return new StoredState(reader.GetInt64(0), payload);
    }

    /// <summary>Stores <paramref name="payload"/> (null clears) if the row is at <paramref name="expectedVersion"/>
    /// (null: the row must not exist yet) and returns the new version once it is durable. A statement bound by
    /// <paramref name="alongside"/> runs in the same transaction right after the state row, only if that succeeded.</summary>
    public Task<long> WriteAsync(StateKey key, long? expectedVersion, byte[]? payload, Action<SqliteCommand>? alongside = null) =>
        ExecuteInBatchAsync(command =>
        {
            using var projection = alongside is null ? null : SiblingOf(command);
            if (projection is not null)
            {
                alongside!(projection);
            }

            var version = Apply(command, key, expectedVersion, payload);
            // Past the state row, only a SQLite error can fail this, and that fails the whole batch: both or neither.
            projection?.ExecuteNonQuery();
            return version;
        });

    /// <summary>
    /// Runs <paramref name="work"/> with a command of the writer's next group-commit transaction and answers once that
    /// transaction is durable. Every write to the file goes through here: a second writer connection would contend
    /// for SQLite's single write lock, and Microsoft.Data.Sqlite answers a busy lock by sleeping 150 ms.
    /// An exception from <paramref name="work"/> fails only its own caller; a SQLite error fails the batch.
    /// </summary>
    public Task<T> ExecuteInBatchAsync<T>(Func<SqliteCommand, T> work)
    {
        var pending = new PendingWork<T>(work);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);
        return pending.Completion.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writerLoop.ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
    }

    private async Task WriteLoop()
    {
        using var connection = Open();
        Execute(connection, "PRAGMA synchronous=FULL;");
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            CommitBatch(connection, batch);
            batch.Clear();
        }
    }

    private static void CommitBatch(SqliteConnection connection, List<Pending> batch)
    {
        try
        {
            using var transaction = connection.BeginTransaction();
            foreach (var work in batch)
            {
                work.Apply(connection, transaction);
            }

            transaction.Commit();
        }
        catch (SqliteException ex)
        {
            foreach (var work in batch)
            {
                work.Fail(ex);
            }

            return;
        }

        foreach (var work in batch)
        {
            work.Publish();
        }
    }

    private static long Apply(SqliteCommand command, StateKey key, long? expectedVersion, byte[]? payload)
    {
        Bind(command, key);
        command.Parameters.AddWithValue("$p", (object?)payload ?? DBNull.Value);
        command.Parameters.AddWithValue("$t", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        if (expectedVersion is { } expected)
        {
            command.CommandText = """
                UPDATE grain_state SET version = version + 1, payload = $p, modified_utc = $t
                WHERE service_id = $s AND state_name = $n AND grain_id = $g AND version = $v;
                """;
            command.Parameters.AddWithValue("$v", expected);
            return command.ExecuteNonQuery() == 1 ? expected + 1 : throw Conflict(key, $"expected version {expected}");
        }

        command.CommandText = """
            INSERT INTO grain_state (service_id, state_name, grain_id, version, payload, modified_utc)
            VALUES ($s, $n, $g, 1, $p, $t) ON CONFLICT DO NOTHING;
            """;
        return command.ExecuteNonQuery() == 1 ? 1 : throw Conflict(key, "expected no stored state");
    }

    private static SqliteCommand SiblingOf(SqliteCommand command)
    {
        var sibling = command.Connection!.CreateCommand();
        sibling.Transaction = command.Transaction;
        return sibling;
    }

    private static VersionConflictException Conflict(StateKey key, string expectation) =>
        new($"State '{key.StateName}' of grain '{key.GrainId}' was changed by someone else ({expectation}).");

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Bind(SqliteCommand command, StateKey key)
    {
        command.Parameters.AddWithValue("$s", key.ServiceId);
        command.Parameters.AddWithValue("$n", key.StateName);
        command.Parameters.AddWithValue("$g", key.GrainId);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>One caller's work in a batch: applied inside the transaction, answered only after the commit.</summary>
    private abstract class Pending
    {
        public abstract void Apply(SqliteConnection connection, SqliteTransaction transaction);

        public abstract void Publish();

        public abstract void Fail(Exception error);
    }

    private sealed class PendingWork<T>(Func<SqliteCommand, T> work) : Pending
    {
        private T? _result;
        private Exception? _error;

        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Apply(SqliteConnection connection, SqliteTransaction transaction)
        {
            try
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                _result = work(command);
            }
            catch (Exception ex) when (ex is not SqliteException)
            {
                // A version conflict or bad input of this caller: the rest of the batch still commits.
                _error = ex;
            }
        }

        public override void Publish()
        {
            if (_error is not null)
            {
                Completion.TrySetException(_error);
            }
            else
            {
                Completion.TrySetResult(_result!);
            }
        }

        public override void Fail(Exception error) => Completion.TrySetException(error);
    }
}
