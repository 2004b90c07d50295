using System.Globalization;

namespace Exchange.LocalFederation.Launch;

/// <summary>One hub of the local federation: identity, loopback ports and folders, and how it keeps its state.</summary>
internal sealed record HubSpec(string HubId, string Country, string DisplayName, HubPorts Ports, string DataFolder)
{
    public string KeysFolder => Path.Combine(DataFolder, "keys");

    public string FederationFile => Path.Combine(DataFolder, "federation.json");

    public string LogFile => Path.Combine(DataFolder, "hub.log");

    /// <summary>The hub's self-signed TLS certificate (public part): what <c>curl --cacert</c> trusts.</summary>
    public string TlsCertificateFile => Path.Combine(KeysFolder, Exchange.Hub.Security.Transport.ServerCertificate.CertificateFileName);

    public Uri GrpcAddress => new($"https://127.0.0.1:{Ports.Grpc}");

    public Uri HttpAddress => new($"https://127.0.0.1:{Ports.Http}");

    /// <summary>Cluster mode: the PostgreSQL database the hub keeps its silo, state and reminders in (under its own cluster and
    /// service id, its hub id); null = embedded mode (SQLite in the data folder).</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>Further <c>Hub__*</c> settings of this run (e.g. the load harness's lifted rate limits).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>The same variable names an operator sets (<c>Hub__*</c>), so the hub runs exactly as configured by hand.</summary>
    public IEnumerable<KeyValuePair<string, string>> Environment(RepositoryLayout layout)
    {
        yield return new("DOTNET_ENVIRONMENT", "Production");
        yield return new("Hub__HubId", HubId);
        yield return new("Hub__Country", Country);
        yield return new("Hub__DisplayName", DisplayName);
        yield return new("Hub__Mode", PostgresConnectionString is null ? "Embedded" : "Cluster");
        yield return new("Hub__GrpcPort", Ports.Grpc.ToString(CultureInfo.InvariantCulture));
        yield return new("Hub__HttpPort", Ports.Http.ToString(CultureInfo.InvariantCulture));
        yield return new("Hub__SiloPort", Ports.Silo.ToString(CultureInfo.InvariantCulture));
        yield return new("Hub__GatewayPort", Ports.Gateway.ToString(CultureInfo.InvariantCulture));
        yield return new("Hub__DataFolder", DataFolder);
        yield return new("Hub__KeysFolder", KeysFolder);
        yield return new("Hub__FederationFile", FederationFile);
        yield return new("Hub__SeedFolder", layout.SeedFolder);
        yield return new("Hub__PolicyFile", layout.PolicyFile(Country));
        if (PostgresConnectionString is not null)
        {
            yield return new("Hub__PostgresConnectionString", PostgresConnectionString);
        }

        foreach (var setting in Settings)
        {
            yield return setting;
        }
    }
}

/// <summary>The four loopback ports one hub listens on.</summary>
internal sealed record HubPorts(int Grpc, int Http, int Silo, int Gateway);
