using System.Text;
using Exchange.Hub.Signing.KeyRing;
using Exchange.LocalFederation.Launch;
using Grpc.Net.Client;

namespace Exchange.Hub.Tests.Infrastructure;

/// <summary>
/// A real hub in its own OS process on loopback ports, started from the built binaries exactly as
/// <c>dotnet run --project src/Hub</c> would, and stopped gracefully or killed like a crash. The process itself is
/// the launcher's <see cref="HubChildProcess"/>; this adds the output kept in memory, TLS pins, channels and tokens.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly HubChildProcess _process;
    private readonly StringBuilder _output = new();
    private HubKeyRing? _keys;

    private HubProcess(HubProcessSettings settings)
    {
        Settings = settings;
        var hubDirectory = RepositoryRoot.Combine("src", "Hub", "bin", RepositoryRoot.BuildConfiguration, "net10.0");
        _process = new HubChildProcess(
            Path.Combine(hubDirectory, "Exchange.Hub.dll"),
            settings.Environment(),
            Collect,
            exitCode => $"Hub exited with {exitCode} before it was ready:\n{Output}");
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

    /// <summary>Where the hub's web pages live (its public web address, the base of its share links): the HTTP
    /// endpoint, which serves the API's JSON and the pages alike.</summary>
    public Uri WebBase => Settings.WebBase;

    /// <summary>The pins a client of this hub trusts its TLS certificate by (the one in its keys folder), as a peer's
    /// federation file does; empty for a plaintext hub.</summary>
    public IReadOnlyList<string> TlsKeyPins { get; private set; } = [];

    public static async Task<HubProcess> StartAsync(HubProcessSettings settings)
    {
        var hub = new HubProcess(settings);
        hub._process.Start();
        try
        {
            await hub._process.WaitUntilReadyAsync(StartTimeout, CancellationToken.None);
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
    public Task KillAsync() => _process.KillAsync();

    /// <summary>SIGTERM: the hub shuts down gracefully, as under a service manager.</summary>
    public Task StopAsync() => _process.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _keys?.Dispose();
    }

    private void Collect(string line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
