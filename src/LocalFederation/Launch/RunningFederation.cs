using Exchange.Hub.Federation.Client;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Security.Transport;
using Exchange.Hub.Signing.KeyRing;
using Grpc.Core;
using Grpc.Net.Client;

namespace Exchange.LocalFederation.Launch;

/// <summary>
/// Three real hubs (UA, KZ, LV) on loopback, each trusting the other two through a federation file that pins their
/// attestation keys and TLS keys, as three national centres would after exchanging <c>pin</c> output. Keys and TLS
/// certificates are generated here before the hubs start (the hubs load the same files), so the launcher can also
/// mint tokens for each hub and trust each hub's certificate by its pin.
/// </summary>
internal sealed class RunningFederation : IAsyncDisposable
{
    private static readonly (string HubId, string Country, string Name)[] Members =
    [
        ("hub-ua", "UA", "Exchange hub of Ukraine"),
        ("hub-kz", "KZ", "Exchange hub of Kazakhstan"),
        ("hub-lv", "LV", "Exchange hub of Latvia"),
    ];

    private readonly Dictionary<string, HubKeyRing> _keys;
    private readonly Dictionary<string, string> _tlsKeyPins;
    private readonly List<HubChild> _children = [];
    private readonly Dictionary<string, GrpcChannel> _channels = [];
    private readonly Lock _gate = new();

    private RunningFederation(IReadOnlyList<HubSpec> hubs, Dictionary<string, HubKeyRing> keys, Dictionary<string, string> tlsKeyPins)
    {
        Hubs = hubs;
        _keys = keys;
        _tlsKeyPins = tlsKeyPins;
    }

    public IReadOnlyList<HubSpec> Hubs { get; }

    public HubSpec this[string hubId] => Hubs.Single(h => h.HubId == hubId);

    /// <param name="connectionStrings">Cluster mode: a PostgreSQL connection string per hub id; null = embedded mode.</param>
    /// <param name="settings">Further <c>Hub__*</c> settings every hub gets; null = none.</param>
    public static async Task<RunningFederation> StartAsync(
        RepositoryLayout layout, string dataRoot, bool preferMemorablePorts, Func<string, string>? connectionStrings, CancellationToken ct,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var ports = PortPlan.For(Members.Length, preferMemorablePorts);
        var hubs = Members.Select((m, i) => new HubSpec(m.HubId, m.Country, m.Name, ports[i], Path.Combine(dataRoot, m.HubId))
        {
            PostgresConnectionString = connectionStrings?.Invoke(m.HubId),
            Settings = settings ?? new Dictionary<string, string>(),
        }).ToList();
        var keys = hubs.ToDictionary(h => h.HubId, h => new HubKeyRing(h.HubId, h.KeysFolder));
        var tlsKeyPins = hubs.ToDictionary(h => h.HubId, TlsKeyPinOf);
        foreach (var hub in hubs)
        {
            FederationFile.Save(hub.FederationFile, hubs.Where(p => p != hub).Select(p => PinCommand.Entry(
                new HubOptions { HubId = p.HubId, Country = p.Country, GrpcPort = p.Ports.Grpc, HttpPort = p.Ports.Http }, keys[p.HubId], tlsKeyPins[p.HubId])));
        }

        var federation = new RunningFederation(hubs, keys, tlsKeyPins);
        try
        {
            // Started together: each hub needs its peers only when a case first asks for them.
            var started = await Task.WhenAll(hubs.Select(h => HubChild.StartAsync(h, layout, ct)));
            federation._children.AddRange(started);
            return federation;
        }
        catch
        {
            await federation.DisposeAsync();
            throw;
        }
    }

    /// <summary>A bearer token <paramref name="hubId"/> accepts, signed with that hub's token key.</summary>
    public string Token(string hubId, HubTokenRequest request)
    {
        lock (_gate)
        {
            return new HubTokenIssuer(_keys[hubId], TimeProvider.System).Issue(request);
        }
    }

    /// <summary>One HTTP/2 connection pool per hub, shared by every caller; the token travels per call.</summary>
    public GrpcChannel Channel(string hubId)
    {
        lock (_gate)
        {
            if (!_channels.TryGetValue(hubId, out var channel))
            {
                channel = GrpcChannel.ForAddress(this[hubId].GrpcAddress, new GrpcChannelOptions
                {
                    DisposeHttpClient = true,
                    HttpHandler = new SocketsHttpHandler
                    {
                        EnableMultipleHttp2Connections = true,
                        PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                        SslOptions = { RemoteCertificateValidationCallback = new PinnedServerCertificate([_tlsKeyPins[hubId]]).Validate },
                    },
                });
                _channels[hubId] = channel;
            }

            return channel;
        }
    }

    public static CallOptions As(string token, CancellationToken ct) => As(token, null, ct);

    // Created now, with the names the hub itself would use, so its federation entry can be written before it starts.
    private static string TlsKeyPinOf(HubSpec hub)
    {
        using var certificate = ServerCertificate.LoadOrCreate(
            hub.KeysFolder, hub.HubId, ServerCertificate.NamesFor(new HubOptions { HubId = hub.HubId }), TimeProvider.System);
        return TlsKeyPin.Of(certificate);
    }

    public static CallOptions As(string token, DateTime? deadline, CancellationToken ct) =>
        new(new Metadata { { "Authorization", $"Bearer {token}" } }, deadline, ct);

    public IReadOnlyDictionary<string, TimeSpan> CpuTimes() => _children.ToDictionary(c => c.Spec.HubId, c => c.CpuTime);

    public bool AnyExited(out string? hubId)
    {
        hubId = _children.FirstOrDefault(c => c.HasExited)?.Spec.HubId;
        return hubId is not null;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }

        await Task.WhenAll(_children.Select(c => c.DisposeAsync().AsTask()));
        foreach (var keyRing in _keys.Values)
        {
            keyRing.Dispose();
        }
    }
}
