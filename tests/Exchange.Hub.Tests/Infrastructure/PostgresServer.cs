using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Exchange.LocalFederation.Load;
using Npgsql;

namespace Exchange.Hub.Tests.Infrastructure;

/// <summary>
/// The launcher's <see cref="ThrowawayPostgres"/> as a test fixture: started on a free loopback port in a unique
/// folder under /tmp, and stopped and deleted on dispose. Shared by every test class in
/// <see cref="PostgresTestGroup"/>; each class takes its own database from <see cref="CreateDatabaseAsync"/>.
/// </summary>
/// <remarks>
/// Missing PostgreSQL binaries make <see cref="InitializeAsync"/> throw (<see cref="PostgresUnavailableException"/>),
/// so every Postgres test fails with the install hint: a database test that silently skips proves nothing.
/// </remarks>
public sealed partial class PostgresServer : IAsyncLifetime
{
    private ThrowawayPostgres? _server;
    private string? _adminConnectionString;

    /// <summary>Folder holding the data directory; deleted on dispose.</summary>
    public string Root => Server.Folder;

    /// <summary>Loopback port the server listens on.</summary>
    public int Port => Server.Port;

    /// <summary>Connection string of the "exchange" database that pg.sh creates.</summary>
    public string ConnectionString => _server?.ConnectionString ?? string.Empty;

    private ThrowawayPostgres Server => _server ?? throw NotStarted();

    public async Task InitializeAsync()
    {
        _server = await ThrowawayPostgres.StartOnFreePortAsync(
            Path.Combine(RepositoryRoot.Path, "scripts", "pg.sh"),
            Path.Combine(Path.GetTempPath(), "exchange-pg-" + Guid.NewGuid().ToString("N")[..12]),
            FreeLoopbackPort,
            CancellationToken.None);
        _adminConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString;
    }

    /// <summary>
    /// Creates an empty database (dropping a leftover one of the same name) and returns its connection
    /// string. Names are lower-case letters, digits and underscores so they need no quoting.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException("Use 1-63 lower-case letters, digits or underscores, starting with a letter.", nameof(name));
        }

        await using var connection = new NpgsqlConnection(_adminConnectionString ?? throw NotStarted());
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await using (var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_server is null)
        {
            return;
        }

        // Pooled connections would otherwise keep server processes busy during the fast shutdown.
        NpgsqlConnection.ClearAllPools();
        await _server.DisposeAsync();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static InvalidOperationException NotStarted() => new("The PostgreSQL server has not been started.");

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}

/// <summary>One PostgreSQL server for all test classes marked <c>[Collection(PostgresTestGroup.Name)]</c>.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresTestGroup : ICollectionFixture<PostgresServer>
{
    public const string Name = "Postgres";
}
