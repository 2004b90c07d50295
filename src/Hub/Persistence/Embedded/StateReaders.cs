using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Exchange.Hub.Persistence.Embedded;

/// <summary>
/// Read connections of the state file, each with the state row's SELECT prepared once, lent to one read at a time.
/// A hub activating hundreds of grains a second reads a state row for each; opening a pooled connection and
/// compiling the same SELECT every time cost more than the read. WAL lets these read beside the writer; an idle one
/// holds no lock. At most <see cref="KeptIdle"/> stay open when the reads calm down.
/// </summary>
internal sealed class StateReaders(string connectionString) : IDisposable
{
    public const int KeptIdle = 8;

    private const string Select = "SELECT version, payload FROM grain_state WHERE service_id = $s AND state_name = $n AND grain_id = $g;";

    private readonly ConcurrentBag<Reader> _idle = [];
    private int _idleCount;

    public StoredState? Read(StateKey key)
    {
        var reader = Rent();
        StoredState? stored;
        try
        {
            stored = reader.Read(key);
        }
        catch
        {
            // Whatever state its connection is in now, it is not lent again.
            reader.Dispose();
            throw;
        }

        Return(reader);
        return stored;
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    private Reader Rent()
    {
        if (_idle.TryTake(out var reader))
        {
            Interlocked.Decrement(ref _idleCount);
            return reader;
        }

        return new Reader(connectionString);
    }

    private void Return(Reader reader)
    {
        if (Interlocked.Increment(ref _idleCount) <= KeptIdle)
        {
            _idle.Add(reader);
            return;
        }

        Interlocked.Decrement(ref _idleCount);
        reader.Dispose();
    }

    private sealed class Reader : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _select;
        private readonly SqliteParameter _service;
        private readonly SqliteParameter _name;
        private readonly SqliteParameter _grain;

        public Reader(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
            _select = _connection.CreateCommand();
            _select.CommandText = Select;
            _service = _select.Parameters.Add("$s", SqliteType.Text);
            _name = _select.Parameters.Add("$n", SqliteType.Text);
            _grain = _select.Parameters.Add("$g", SqliteType.Text);
        }

        public StoredState? Read(StateKey key)
        {
            _service.Value = key.ServiceId;
            _name.Value = key.StateName;
            _grain.Value = key.GrainId;
            using var row = _select.ExecuteReader();
            if (!row.Read())
            {
                return null;
            }

            var payload = row.IsDBNull(1) ? null : (byte[])row.GetValue(1);
            return new StoredState(row.GetInt64(0), payload);
        }

        public void Dispose()
        {
            _select.Dispose();
            _connection.Dispose();
        }
    }
}
