using System.Diagnostics;

namespace Exchange.LocalFederation.Launch;

/// <summary>
/// The one way a hub is run as a child process, by the launcher (<see cref="HubChild"/>) and by the tests'
/// HubProcess (shared as source): <c>dotnet Exchange.Hub.dll</c> with the runtime variables and the caller's
/// settings, every output line handed to the caller, ready once the start-up banner is printed, stopped with
/// SIGTERM or killed with its process tree. Tracked by <see cref="ChildProcessReaper"/> while it runs.
/// </summary>
internal sealed class HubChildProcess : IAsyncDisposable
{
    private const string ReadyBanner = " ready: gRPC";

    private readonly Process _process;
    private readonly Action<string> _onLine;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="hubAssembly">Exchange.Hub.dll in the hub's build output, which is also the working directory.</param>
    /// <param name="environment">The hub's settings, after <c>HubRuntimeEnvironment.Variables</c>.</param>
    /// <param name="onLine">Receives each line of standard output and error; may be called after dispose.</param>
    /// <param name="earlyExit">The error message when the hub exits before it is ready, given its exit code.</param>
    public HubChildProcess(
        string hubAssembly, IEnumerable<KeyValuePair<string, string>> environment, Action<string> onLine, Func<int, string> earlyExit)
    {
        _onLine = onLine;
        var start = new ProcessStartInfo("dotnet", hubAssembly)
        {
            WorkingDirectory = Path.GetDirectoryName(hubAssembly),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in Exchange.Hub.Hosting.HubRuntimeEnvironment.Variables.Concat(environment))
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.Exited += (_, _) =>
        {
            // The parameterless wait also drains the redirected output, so the caller has the hub's last words.
            _process.WaitForExit();
            _ready.TrySetException(new InvalidOperationException(earlyExit(_process.ExitCode)));
        };
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>User + system CPU the hub has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Starts the process and the reading of its output.</summary>
    public void Start()
    {
        _process.Start();
        ChildProcessReaper.Track(_process);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Completes when the hub prints its banner; throws if it exits first, <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken ct) => _ready.Task.WaitAsync(timeout, ct);

    /// <summary>SIGKILL of the process tree: no shutdown hooks run, exactly like a crash or <c>kill -9</c>.</summary>
    public async Task KillAsync()
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
    }

    /// <summary>SIGTERM: the hub shuts down gracefully, as under a service manager; killed if it takes over 30 s.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        ChildProcessReaper.Forget(_process);
        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        _onLine(line);
        if (line.Contains(ReadyBanner, StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }
}
