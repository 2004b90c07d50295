using Exchange.Hub.Persistence.Embedded;
using Microsoft.Data.Sqlite;

namespace Exchange.Hub.Tests.Persistence;

public sealed class WriterCommandsSpecs : IDisposable
{
    private const string Insert = "INSERT INTO t (k, v) VALUES ($k, $v);";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "exchange-tests", "commands-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteConnection _connection;

    public WriterCommandsSpecs()
    {
        _connection = new SqliteConnection(new EmbeddedDatabase(_folder).ConnectionString);
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER);";
        create.ExecuteNonQuery();
    }

    [Fact]
    public void The_same_statement_is_the_same_prepared_command_in_the_current_transaction_with_nothing_bound()
    {
        using var commands = new WriterCommands(_connection);
        using var transaction = _connection.BeginTransaction();
        commands.Use(transaction);

        var first = commands.For(Insert);
        Bind(first, "a", 1).ExecuteNonQuery();
        var second = commands.For(Insert);

        Assert.Same(first, second);
        Assert.Same(transaction, second.Transaction);
        Assert.Empty(second.Parameters);
        Assert.Equal(1, Bind(second, "b", 2).ExecuteNonQuery());
        transaction.Commit();
        Assert.Equal(2L, Scalar("SELECT COUNT(*) FROM t;"));
    }

    [Fact]
    public void A_statement_kept_from_a_rolled_back_batch_works_in_the_next_one()
    {
        using var commands = new WriterCommands(_connection);
        using (var failed = _connection.BeginTransaction())
        {
            commands.Use(failed);
            Bind(commands.For(Insert), "a", 1).ExecuteNonQuery();
            Assert.Throws<SqliteException>(() => Bind(commands.For(Insert), "a", 2).ExecuteNonQuery());
            failed.Rollback();
        }

        using var next = _connection.BeginTransaction();
        commands.Use(next);
        Assert.Equal(1, Bind(commands.For(Insert), "a", 3).ExecuteNonQuery());
        next.Commit();
        Assert.Equal(3L, Scalar("SELECT v FROM t WHERE k = 'a';"));
    }

    [Fact]
    public void Past_its_capacity_it_lets_the_kept_commands_go_and_still_runs_every_statement()
    {
        using var commands = new WriterCommands(_connection);
        using var transaction = _connection.BeginTransaction();
        commands.Use(transaction);
        var first = commands.For(Insert);

        for (var i = 0; i <= WriterCommands.Capacity; i++)
        {
            // Distinct texts (a comment differs), the same statement.
            Bind(commands.For($"{Insert} -- {i}"), $"k{i}", i).ExecuteNonQuery();
        }

        Assert.NotSame(first, commands.For(Insert));
        transaction.Commit();
        Assert.Equal(WriterCommands.Capacity + 1L, Scalar("SELECT COUNT(*) FROM t;"));
    }

    public void Dispose()
    {
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static SqliteCommand Bind(SqliteCommand command, string key, int value)
    {
        command.Parameters.AddWithValue("$k", key);
        command.Parameters.AddWithValue("$v", value);
        return command;
    }

    private long Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
