using System.Diagnostics;

namespace Exchange.LocalFederation.Launch;

/// <summary>
/// One hub as a child process (<c>dotnet Exchange.Hub.dll</c> from the hub's build output), its output appended to
/// a log file in its data folder. Ready once it prints its start-up banner; killed with its process tree on dispose.
/// </summary>
internal sealed class HubChild : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HubChild(HubSpec spec, RepositoryLayout layout)
    {
        Spec = spec;
        Directory.CreateDirectory(spec.DataFolder);
        _log = new StreamWriter(spec.LogFile, append: true) { AutoFlush = true };
        var start = new ProcessStartInfo("dotnet", layout.HubAssembly)
        {
            WorkingDirectory = layout.HubOutputFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in Exchange.Hub.Hosting.HubRuntimeEnvironment.Variables.Concat(spec.Environment(layout)))
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.Exited += (_, _) => _ready.TrySetException(
            new InvalidOperationException($"Hub {spec.HubId} exited before it was ready; its output is in {spec.LogFile}"));
    }

    public HubSpec Spec { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>User + system CPU the hub has used so far: on a shared machine, CPU per case is steadier than wall time.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<HubChild> StartAsync(HubSpec spec, RepositoryLayout layout, CancellationToken ct)
    {
        var child = new HubChild(spec, layout);
        child._process.Start();
        ChildProcessReaper.Track(child._process);
        await File.WriteAllTextAsync(Path.Combine(spec.DataFolder, "hub.pid"), child._process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        try
        {
            await child._ready.Task.WaitAsync(StartTimeout, ct);
            return child;
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to stop.
        }

        ChildProcessReaper.Forget(_process);
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            try
            {
                _log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // Output still draining after the hub was stopped: the log is already closed.
            }
        }

        if (line.Contains(" ready: gRPC", StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }
}
