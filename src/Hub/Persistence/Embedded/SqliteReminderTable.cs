using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Exchange.Hub.Persistence.Embedded;

/// <summary>
/// Durable Orleans reminders for the embedded hub, in the same SQLite file as grain state: a recognition case's
/// decision deadline must still fire after the process was killed and started again, which the in-memory
/// reminder table cannot promise.
/// </summary>
/// <remarks>Every recognition case registers a reminder when it arrives and removes it when it is decided, so under
/// load reminder rows change as often as grain state: their writes join the state store's group commit (one writer,
/// one fsync per batch) instead of contending for SQLite's write lock from a second connection.</remarks>
internal sealed class SqliteReminderTable : IReminderTable
{
    private const string Upsert = """
        INSERT INTO reminders (service_id, grain_id, reminder_name, start_utc, period_ms, grain_hash, version)
        VALUES ($s, $g, $n, $start, $period, $hash, 1)
        ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
            SET start_utc = excluded.start_utc, period_ms = excluded.period_ms, version = version + 1
        RETURNING version;
        """;

    private const string Remove = "DELETE FROM reminders WHERE service_id = $s AND grain_id = $g AND reminder_name = $n AND version = $v;";

    private readonly string _connectionString;
    private readonly string _serviceId;
    private readonly SqliteStateStore _writer;

    public SqliteReminderTable(EmbeddedDatabase database, SqliteStateStore writer, Microsoft.Extensions.Options.IOptions<Orleans.Configuration.ClusterOptions> cluster)
    {
        _connectionString = database.ConnectionString;
        _writer = writer;
        _serviceId = cluster.Value.ServiceId;
    }

    public Task<ReminderTableData> ReadRows(GrainId grainId) =>
        Task.FromResult(Query("grain_id = $g", c => c.Parameters.AddWithValue("$g", grainId.ToString())));

    public Task<ReminderTableData> ReadRows(uint begin, uint end)
    {
        // Orleans hands out hash ranges (begin, end]; a range with begin >= end wraps around zero.
        var where = begin < end ? "grain_hash > $b AND grain_hash <= $e" : "(grain_hash > $b OR grain_hash <= $e)";
        return Task.FromResult(Query(where, c =>
        {
            c.Parameters.AddWithValue("$b", (long)begin);
            c.Parameters.AddWithValue("$e", (long)end);
        }));
    }

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        var rows = Query("grain_id = $g AND reminder_name = $n", c =>
        {
            c.Parameters.AddWithValue("$g", grainId.ToString());
            c.Parameters.AddWithValue("$n", reminderName);
        });
        return Task.FromResult(rows.Reminders.FirstOrDefault());
    }

    public Task<string?> UpsertRow(ReminderEntry entry) => _writer.ExecuteInBatchAsync<string?>(commands =>
    {
        var command = commands.For(Upsert);
        command.Parameters.AddWithValue("$s", _serviceId);
        command.Parameters.AddWithValue("$g", entry.GrainId.ToString());
        command.Parameters.AddWithValue("$n", entry.ReminderName);
        command.Parameters.AddWithValue("$start", entry.StartAt.ToUniversalTime().Ticks);
        command.Parameters.AddWithValue("$period", (long)entry.Period.TotalMilliseconds);
        command.Parameters.AddWithValue("$hash", (long)entry.GrainId.GetUniformHashCode());
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    });

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) => _writer.ExecuteInBatchAsync(commands =>
    {
        var command = commands.For(Remove);
        command.Parameters.AddWithValue("$s", _serviceId);
        command.Parameters.AddWithValue("$g", grainId.ToString());
        command.Parameters.AddWithValue("$n", reminderName);
        command.Parameters.AddWithValue("$v", long.Parse(eTag, CultureInfo.InvariantCulture));
        return command.ExecuteNonQuery() == 1;
    });

    public Task TestOnlyClearTable() => _writer.ExecuteInBatchAsync(commands =>
    {
        var command = commands.For("DELETE FROM reminders WHERE service_id = $s;");
        command.Parameters.AddWithValue("$s", _serviceId);
        return command.ExecuteNonQuery();
    });

    private ReminderTableData Query(string where, Action<SqliteCommand> bind)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT grain_id, reminder_name, start_utc, period_ms, version FROM reminders WHERE service_id = $s AND {where};";
        command.Parameters.AddWithValue("$s", _serviceId);
        bind(command);
        using var reader = command.ExecuteReader();
        var entries = new List<ReminderEntry>();
        while (reader.Read())
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                ReminderName = reader.GetString(1),
                StartAt = new DateTime(reader.GetInt64(2), DateTimeKind.Utc),
                Period = TimeSpan.FromMilliseconds(reader.GetInt64(3)),
                ETag = reader.GetInt64(4).ToString(CultureInfo.InvariantCulture),
            });
        }

        return new ReminderTableData(entries);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
