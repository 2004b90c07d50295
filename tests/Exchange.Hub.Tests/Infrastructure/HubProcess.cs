using System.Diagnostics;
using System.Text;
using Exchange.Hub.Signing.KeyRing;
using Grpc.Net.Client;

namespace Exchange.Hub.Tests.Infrastructure;

/// <summary>
/// A real hub in its own OS process on loopback ports, started from the built binaries exactly as
/// <c>dotnet run --project src/Hub</c> would, and stopped gracefully or killed like a crash.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private HubKeyRing? _keys;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HubProcess(HubProcessSettings settings)
    {
        Settings = settings;
        var hubDirectory = RepositoryRoot.Combine("src", "Hub", "bin", RepositoryRoot.BuildConfiguration, "net10.0");
        var start = new ProcessStartInfo("dotnet", Path.Combine(hubDirectory, "Exchange.Hub.dll"))
        {
            WorkingDirectory = hubDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in Exchange.Hub.Hosting.HubRuntimeEnvironment.Variables.Concat(settings.Environment()))
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.Exited += (_, _) =>
        {
            // The parameterless wait also drains the redirected output, so the failure carries the hub's last words.
            _process.WaitForExit();
            _ready.TrySetException(new InvalidOperationException($"Hub exited with {_process.ExitCode} before it was ready:\n{Output}"));
        };
    }

    public HubProcessSettings Settings { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public Uri GrpcAddress => Settings.GrpcEndpoint;

    public Uri HttpAddress => Settings.HttpEndpoint;

    /// <summary>The pins a client of this hub trusts its TLS certificate by (the one in its keys folder), as a peer's
    /// federation file does; empty for a plaintext hub.</summary>
    public IReadOnlyList<string> TlsKeyPins { get; private set; } = [];

    public static async Task<HubProcess> StartAsync(HubProcessSettings settings)
    {
        var hub = new HubProcess(settings);
        hub._process.Start();
        hub._process.BeginOutputReadLine();
        hub._process.BeginErrorReadLine();
        try
        {
            await hub._ready.Task.WaitAsync(StartTimeout);
            hub.TlsKeyPins = settings.Plaintext ? [] : [settings.TlsKeyPin()];
        }
        catch (TimeoutException)
        {
            await hub.DisposeAsync();
            throw new TimeoutException($"Hub did not become ready within {StartTimeout}:\n{hub.Output}");
        }

        return hub;
    }

    public GrpcChannel CreateChannel() => GrpcChannel.ForAddress(GrpcAddress, new GrpcChannelOptions
    {
        HttpHandler = CreateHandler(),
        DisposeHttpClient = true,
    });

    /// <summary>An HTTP handler that trusts this hub's certificate by its pinned key only (no CA store), as peers do.</summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        SslOptions = { RemoteCertificateValidationCallback = new Exchange.Hub.Federation.Client.PinnedServerCertificate(TlsKeyPins).Validate },
    };

    /// <summary>A REST client of this hub (its HTTP/1.1 port), trusting its pinned certificate.</summary>
    public HttpClient CreateHttpClient() => new(CreateHandler()) { BaseAddress = HttpAddress };

    /// <summary>A bearer token this hub accepts, signed with the key the hub created in its data folder.</summary>
    public string Token(Exchange.Hub.Security.HubTokenRequest request)
    {
        // One key ring for the life of this process: IdentityModel caches signers per key id, so a disposed key
        // behind a cached id would break the next token.
        lock (_output)
        {
            _keys ??= new HubKeyRing(Settings.HubId, Settings.KeysFolder ?? Path.Combine(Settings.DataFolder, "keys"));
            return new Exchange.Hub.Security.HubTokenIssuer(_keys, TimeProvider.System).Issue(request);
        }
    }

    /// <summary>A channel whose every call carries <paramref name="token"/> as its bearer token.</summary>
    public GrpcChannel CreateChannel(string token) => GrpcChannel.ForAddress(GrpcAddress, new GrpcChannelOptions
    {
        HttpHandler = CreateHandler(),
        DisposeHttpClient = true,
        Credentials = Grpc.Core.ChannelCredentials.Create(
            Settings.Plaintext ? Grpc.Core.ChannelCredentials.Insecure : Grpc.Core.ChannelCredentials.SecureSsl,
            Grpc.Core.CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("Authorization", $"Bearer {token}");
                return Task.CompletedTask;
            })),
        UnsafeUseInsecureChannelCallCredentials = Settings.Plaintext,
    });

    /// <summary>SIGKILL: no shutdown hooks run, exactly like a crash or <c>kill -9</c>.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM: the hub shuts down gracefully, as under a service manager.</summary>
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
        _process.Dispose();
        _keys?.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.Contains(" ready: gRPC", StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }
}
