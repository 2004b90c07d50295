using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Exchange.LocalFederation.Load;

/// <summary>
/// A throwaway PostgreSQL server (scripts/pg.sh) on a loopback port, its data in <c>data/</c> under a folder of its
/// own; on dispose the server is stopped and the folder deleted. The load harness runs one in cluster mode and the
/// tests' <c>PostgresServer</c> wraps one (shared as source, like <c>LoopbackPorts</c>).
/// </summary>
internal sealed class ThrowawayPostgres : IAsyncDisposable
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(90);

    private readonly string _script;

    private ThrowawayPostgres(string script, string folder, int port, string connectionString)
    {
        _script = script;
        Folder = folder;
        Port = port;
        ConnectionString = connectionString;
    }

    /// <summary>The folder holding the data directory; deleted on dispose.</summary>
    public string Folder { get; }

    public int Port { get; }

    /// <summary>Connection string of the "exchange" database that pg.sh creates.</summary>
    public string ConnectionString { get; }

    private static string DataDirectory(string folder) => Path.Combine(folder, "data");

    /// <summary>Starts a server on <paramref name="port"/>; <see cref="PostgresUnavailableException"/> when PostgreSQL
    /// is not installed, <see cref="InvalidOperationException"/> for any other failure.</summary>
    public static Task<ThrowawayPostgres> StartAsync(string script, string folder, int port, CancellationToken ct) =>
        StartAsync(script, folder, () => port, attempts: 1, ct);

    /// <summary>As <see cref="StartAsync(string, string, int, CancellationToken)"/> on a port from
    /// <paramref name="pickPort"/>, tried three times: a port that was free a moment ago can be taken before the
    /// server binds it.</summary>
    public static Task<ThrowawayPostgres> StartOnFreePortAsync(string script, string folder, Func<int> pickPort, CancellationToken ct) =>
        StartAsync(script, folder, pickPort, attempts: 3, ct);

    private static async Task<ThrowawayPostgres> StartAsync(string script, string folder, Func<int> pickPort, int attempts, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("scripts/pg.sh needs Linux.");
        }

        // pg.sh runs the server as "postgres" when we are root: that user must traverse this folder.
        File.SetUnixFileMode(folder,
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
            UnixFileMode.GroupRead | UnixFileMode.GroupExecute |
            UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        Exception? last = null;
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var port = pickPort();
            try
            {
                var output = await RunAsync(script, ["start", DataDirectory(folder), port.ToString(CultureInfo.InvariantCulture)], throwOnError: true, ct);
                var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (lines.Length == 0)
                {
                    throw new InvalidOperationException("pg.sh start printed no connection string.");
                }

                return new ThrowawayPostgres(script, folder, port, lines[^1]);
            }
            catch (InvalidOperationException failed)
            {
                last = failed;
                await RunAsync(script, ["stop", DataDirectory(folder)], throwOnError: false, CancellationToken.None);
            }
        }

        throw new InvalidOperationException("Could not start the throwaway PostgreSQL server.", last);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync(_script, ["stop", DataDirectory(Folder)], throwOnError: false, CancellationToken.None);
        }
        finally
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (Exception leftover) when (leftover is IOException or UnauthorizedAccessException)
            {
                // Leftovers under /tmp are harmless; never fail a run on cleanup.
            }
        }
    }

    private static async Task<string> RunAsync(string script, string[] arguments, bool throwOnError, CancellationToken ct)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run bash.");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ScriptTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            ct.ThrowIfCancellationRequested();
            throw new InvalidOperationException($"pg.sh {string.Join(' ', arguments)} timed out after {ScriptTimeout}.");
        }

        var output = await stdout;
        var errors = await stderr;
        if (process.ExitCode != 0 && throwOnError)
        {
            var message = new StringBuilder()
                .Append("pg.sh ").Append(string.Join(' ', arguments)).Append(" failed (exit ").Append(process.ExitCode).AppendLine("):")
                .Append(errors).ToString();
            // The script names the missing package: its own failure type, so it is not retried.
            if (errors.Contains("apt-get install -y postgresql", StringComparison.Ordinal))
            {
                throw new PostgresUnavailableException(message);
            }

            throw new InvalidOperationException(message);
        }

        return output;
    }
}

/// <summary>PostgreSQL is not installed on this machine; the message says what to install.</summary>
internal sealed class PostgresUnavailableException(string message) : Exception(message);
