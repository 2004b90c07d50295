using System.Diagnostics;

namespace Exchange.LocalFederation.Load;

/// <summary>Cluster mode: a throwaway PostgreSQL (scripts/pg.sh) under the run's data folder, stopped afterwards.</summary>
internal sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _script;
    private readonly string _folder;

    private ThrowawayPostgres(string script, string folder, string connectionString)
    {
        _script = script;
        _folder = folder;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<ThrowawayPostgres> StartAsync(string script, string folder, int port, CancellationToken ct)
    {
        var (code, output) = await RunAsync(script, ["start", folder, port.ToString(System.Globalization.CultureInfo.InvariantCulture)], ct);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (code != 0 || lines.Length == 0)
        {
            throw new InvalidOperationException($"scripts/pg.sh start failed ({code}): {output}");
        }

        return new ThrowawayPostgres(script, folder, lines[^1]);
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsync(_script, ["stop", _folder], CancellationToken.None);
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string script, string[] args, CancellationToken ct)
    {
        var start = new ProcessStartInfo(script) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot run {script}.");
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, output);
    }
}
