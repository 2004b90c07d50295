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

    private const string InsertState = """
        INSERT INTO grain_state (service_id, state_name, grain_id, version, payload, modified_utc)
        VALUES ($s, $n, $g, 1, $p, $t) ON CONFLICT DO NOTHING;
        """;

    private const string UpdateState = """
        UPDATE grain_state SET version = version + 1, payload = $p, modified_utc = $t
        WHERE service_id = $s AND state_name = $n AND grain_id = $g AND version = $v;
        """;

    private readonly string _connectionString;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly StateReaders _readers;
    private readonly Task _writerLoop;
    private readonly TimeProvider _time;

    public SqliteStateStore(EmbeddedDatabase database, TimeProvider time)
    {
        _time = time;
        _connectionString = database.ConnectionString;
        _readers = new StateReaders(_connectionString);
        _writerLoop = Task.Factory.StartNew(
            WriteLoop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    public StoredState? Read(StateKey key) => _readers.Read(key);

    /// <summary>Stores <paramref name="payload"/> (null clears) if the row is at <paramref name="expectedVersion"/>
    /// (null: the row must not exist yet) and returns the new version once it is durable. The statement
    /// <paramref name="alongside"/> binds (and returns) runs in the same transaction right after the state row, only
    /// if that succeeded.</summary>
    public Task<long> WriteAsync(StateKey key, long? expectedVersion, byte[]? payload, Func<WriterCommands, SqliteCommand>? alongside = null) =>
        ExecuteInBatchAsync(commands =>
        {
            var projection = alongside?.Invoke(commands);
            var version = Apply(commands, key, expectedVersion, payload, _time.GetUtcNow());
            // Past the state row, only a SQLite error can fail this, and that fails the whole batch: both or neither.
            projection?.ExecuteNonQuery();
            return version;
        });

    /// <summary>
    /// Runs <paramref name="work"/> with the writer's commands in its next group-commit transaction and answers once that
    /// transaction is durable. Every write to the file goes through here: a second writer connection would contend
    /// for SQLite's single write lock, and Microsoft.Data.Sqlite answers a busy lock by sleeping 150 ms.
    /// An exception from <paramref name="work"/> fails only its own caller; a SQLite error fails the batch.
    /// </summary>
    public Task<T> ExecuteInBatchAsync<T>(Func<WriterCommands, T> work)
    {
        var pending = new PendingWork<T>(work);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);
        return pending.Completion.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writerLoop.ConfigureAwait(false);
        _readers.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private async Task WriteLoop()
    {
        using var connection = Open();
        Execute(connection, "PRAGMA synchronous=FULL;");
        using var commands = new WriterCommands(connection);
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            CommitBatch(connection, commands, batch);
            batch.Clear();
        }
    }

    private static void CommitBatch(SqliteConnection connection, WriterCommands commands, List<Pending> batch)
    {
        try
        {
            using var transaction = connection.BeginTransaction();
            commands.Use(transaction);
            foreach (var work in batch)
            {
                work.Apply(commands);
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
        finally
        {
            commands.Use(null);
        }

        foreach (var work in batch)
        {
            work.Publish();
        }
    }

    private static long Apply(WriterCommands commands, StateKey key, long? expectedVersion, byte[]? payload, DateTimeOffset modifiedAt)
    {
        var command = commands.For(expectedVersion is null ? InsertState : UpdateState);
        Bind(command, key);
        command.Parameters.AddWithValue("$p", (object?)payload ?? DBNull.Value);
        command.Parameters.AddWithValue("$t", modifiedAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        if (expectedVersion is { } expected)
        {
            command.Parameters.AddWithValue("$v", expected);
            return command.ExecuteNonQuery() == 1 ? expected + 1 : throw Conflict(key, $"expected version {expected}");
        }

        return command.ExecuteNonQuery() == 1 ? 1 : throw Conflict(key, "expected no stored state");
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
        public abstract void Apply(WriterCommands commands);

        public abstract void Publish();

        public abstract void Fail(Exception error);
    }

    private sealed class PendingWork<T>(Func<WriterCommands, T> work) : Pending
    {
        private T? _result;
        private Exception? _error;

        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Apply(WriterCommands commands)
        {
            try
            {
                _result = work(commands);
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
