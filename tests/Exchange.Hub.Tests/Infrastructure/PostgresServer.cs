using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Exchange.Hub.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server for tests, started with scripts/pg.sh on a free loopback port in a
/// unique folder under /tmp, and stopped and deleted on dispose. Shared by every test class in
/// <see cref="PostgresTestGroup"/>; each class takes its own database from <see cref="CreateDatabaseAsync"/>.
/// </summary>
/// <remarks>
/// Missing PostgreSQL binaries make <see cref="InitializeAsync"/> throw, so every Postgres test fails with
/// the install hint: a database test that silently skips proves nothing.
/// </remarks>
public sealed partial class PostgresServer : IAsyncLifetime
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(90);

    private string? _root;
    private string? _adminConnectionString;

    /// <summary>Folder holding the data directory; deleted on dispose.</summary>
    public string Root => _root ?? throw NotStarted();

    /// <summary>Loopback port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>Connection string of the "exchange" database that pg.sh creates.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    private string DataDirectory => Path.Combine(Root, "data");

    public async Task InitializeAsync()
    {
        var repositoryRoot = RepositoryRoot.Path;
        var script = Path.Combine(repositoryRoot, "scripts", "pg.sh");

        _root = Path.Combine(Path.GetTempPath(), "exchange-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_root);
        // pg.sh runs the server as "postgres" when we are root: that user must traverse this folder.
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("scripts/pg.sh needs Linux.");
        }

        File.SetUnixFileMode(_root,
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
            UnixFileMode.GroupRead | UnixFileMode.GroupExecute |
            UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        // A port that was free a moment ago can be taken before the server binds it: retry a few times.
        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreeLoopbackPort();
            try
            {
                var output = await RunScriptAsync(script, ["start", DataDirectory, port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                ConnectionString = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
                Port = port;
                _adminConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString;
                return;
            }
            catch (PostgresUnavailableException)
            {
                throw;
            }
            catch (InvalidOperationException ex)
            {
                last = ex;
                await RunScriptAsync(script, ["stop", DataDirectory], throwOnError: false);
            }
        }

        throw new InvalidOperationException("Could not start the throwaway PostgreSQL server.", last);
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
        if (_root is null)
        {
            return;
        }

        // Pooled connections would otherwise keep server processes busy during the fast shutdown.
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunScriptAsync(Path.Combine(RepositoryRoot.Path, "scripts", "pg.sh"), ["stop", DataDirectory], throwOnError: false);
        }
        finally
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // Leftovers under /tmp are harmless; never fail a test run on cleanup.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> RunScriptAsync(string script, string[] arguments, bool throwOnError = true)
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not run bash.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"pg.sh {string.Join(' ', arguments)} timed out after {ScriptTimeout}.");
        }

        var output = await stdout;
        var errors = await stderr;
        if (process.ExitCode != 0 && throwOnError)
        {
            var message = new StringBuilder()
                .Append("pg.sh ").Append(string.Join(' ', arguments)).Append(" failed (exit ").Append(process.ExitCode).AppendLine("):")
                .Append(errors).ToString();
            // The script names the missing package; surface it as its own failure type so it is not retried.
            if (errors.Contains("apt-get install -y postgresql", StringComparison.Ordinal))
            {
                throw new PostgresUnavailableException(message);
            }

            throw new InvalidOperationException(message);
        }

        return output;
    }

    private static InvalidOperationException NotStarted() => new("The PostgreSQL server has not been started.");

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}

/// <summary>PostgreSQL is not installed on this machine; the message says what to install.</summary>
public sealed class PostgresUnavailableException(string message) : Exception(message);

/// <summary>One PostgreSQL server for all test classes marked <c>[Collection(PostgresTestGroup.Name)]</c>.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresTestGroup : ICollectionFixture<PostgresServer>
{
    public const string Name = "Postgres";
}
