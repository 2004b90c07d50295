using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Security.Transport;
using Exchange.Hub.Signing.KeyRing;

namespace Exchange.Hub.Tests.Infrastructure;

/// <summary>What a test hub process is told through environment variables (the same names an operator uses).</summary>
public sealed record HubProcessSettings(
    string HubId, string Country, int GrpcPort, int HttpPort, int SiloPort, int GatewayPort, string DataFolder)
{
    public string Mode { get; init; } = "Embedded";

    public string? PostgresConnectionString { get; init; }

    public string? ClusterId { get; init; }

    /// <summary>Shared by every silo of one hub in cluster mode, so they sign and accept the same tokens.</summary>
    public string? KeysFolder { get; init; }

    /// <summary>Hub:Plaintext — the explicit development setting; every other test hub serves TLS only.</summary>
    public bool Plaintext { get; init; }

    public string EffectiveKeysFolder => KeysFolder ?? Path.Combine(DataFolder, "keys");

    public Uri GrpcEndpoint => new($"{(Plaintext ? "http" : "https")}://127.0.0.1:{GrpcPort}");

    public Uri HttpEndpoint => new($"{(Plaintext ? "http" : "https")}://127.0.0.1:{HttpPort}");

    /// <summary>The hub's public web address (Hub:PublicWebUrl), with the trailing slash links are resolved against.</summary>
    public Uri WebBase => new($"{(Plaintext ? "http" : "https")}://127.0.0.1:{HttpPort}/");

    /// <summary>The pin of the hub's TLS key: creates the certificate in the hub's keys folder now if the hub has not
    /// (the hub then serves that one), as the <c>pin</c> command does before a national centre sends its entry.</summary>
    public string TlsKeyPin()
    {
        using var certificate = ServerCertificate.LoadOrCreate(EffectiveKeysFolder, HubId, ServerCertificate.NamesFor(new HubOptions { HubId = HubId }), TimeProvider.System);
        return Exchange.Hub.Security.Transport.TlsKeyPin.Of(certificate);
    }

    /// <summary>This hub's federation-file entry, exactly as its <c>pin</c> command prints it.</summary>
    public PeerEntry PinEntry(HubKeyRing keys) =>
        PinCommand.Entry(new HubOptions { HubId = HubId, Country = Country, GrpcPort = GrpcPort, HttpPort = HttpPort, Plaintext = Plaintext }, keys, Plaintext ? null : TlsKeyPin());

    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    /// <summary>A hub with fresh loopback ports and its own data folder under the system temp folder.</summary>
    public static HubProcessSettings Fresh(string hubId = "hub-test", string country = "UA")
    {
        var ports = FreePorts.Take(4);
        var data = Path.Combine(Path.GetTempPath(), "exchange-tests", $"{hubId}-{Guid.NewGuid():N}");
        return new HubProcessSettings(hubId, country, ports[0], ports[1], ports[2], ports[3], data);
    }

    public IEnumerable<KeyValuePair<string, string>> Environment()
    {
        yield return new("DOTNET_ENVIRONMENT", "Production");
        yield return new("Hub__HubId", HubId);
        yield return new("Hub__Country", Country);
        yield return new("Hub__Mode", Mode);
        yield return new("Hub__GrpcPort", GrpcPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new("Hub__HttpPort", HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new("Hub__SiloPort", SiloPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new("Hub__GatewayPort", GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new("Hub__DataFolder", DataFolder);
        if (PostgresConnectionString is not null)
        {
            yield return new("Hub__PostgresConnectionString", PostgresConnectionString);
        }

        if (KeysFolder is not null)
        {
            yield return new("Hub__KeysFolder", KeysFolder);
        }

        if (ClusterId is not null)
        {
            yield return new("Hub__ClusterId", ClusterId);
        }

        if (Plaintext)
        {
            yield return new("Hub__Plaintext", "true");
        }

        foreach (var pair in Extra)
        {
            yield return pair;
        }
    }
}
