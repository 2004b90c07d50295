namespace Exchange.LocalFederation.Launch;

/// <summary>
/// One hub of the launcher's federation as a child process (<see cref="HubChildProcess"/>), its output appended to
/// a log file in its data folder and its PID in <c>hub.pid</c> there. Killed with its process tree on dispose.
/// </summary>
internal sealed class HubChild : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly HubChildProcess _process;
    private readonly StreamWriter _log;

    private HubChild(HubSpec spec, RepositoryLayout layout)
    {
        Spec = spec;
        Directory.CreateDirectory(spec.DataFolder);
        _log = new StreamWriter(spec.LogFile, append: true) { AutoFlush = true };
        _process = new HubChildProcess(
            layout.HubAssembly,
            spec.Environment(layout),
            Log,
            _ => $"Hub {spec.HubId} exited before it was ready; its output is in {spec.LogFile}");
    }

    public HubSpec Spec { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>User + system CPU the hub has used so far: on a shared machine, CPU per case is steadier than wall time.</summary>
    public TimeSpan CpuTime => _process.CpuTime;

    public static async Task<HubChild> StartAsync(HubSpec spec, RepositoryLayout layout, CancellationToken ct)
    {
        var child = new HubChild(spec, layout);
        try
        {
            child._process.Start();
            await File.WriteAllTextAsync(Path.Combine(spec.DataFolder, "hub.pid"), child._process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
            await child._process.WaitUntilReadyAsync(StartTimeout, ct);
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
        await _process.DisposeAsync();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private void Log(string line)
    {
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
    }
}
