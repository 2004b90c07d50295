using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Hosting;

/// <summary>
/// Who this hub is and how it is hosted. Bound from the <c>Hub</c> configuration section, so every value can be
/// set in appsettings.json or as an environment variable such as <c>Hub__Country=KZ</c>.
/// </summary>
public sealed class HubOptions
{
    public const string SectionName = "Hub";

    /// <summary>Stable identifier of the hub in the federation, e.g. <c>hub-ua</c>.</summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9.-]{1,62}$", ErrorMessage = "Hub:HubId must be lower-case letters, digits, dots or dashes.")]
    public string HubId { get; set; } = "hub-ua";

    /// <summary>ISO 3166-1 alpha-2 code of the country whose national centre runs the hub.</summary>
    [Required, RegularExpression("^[A-Z]{2}$", ErrorMessage = "Hub:Country must be an ISO 3166-1 alpha-2 code such as UA.")]
    public string Country { get; set; } = "UA";

    /// <summary>Name shown to people, e.g. the national centre's name.</summary>
    [Required]
    public string DisplayName { get; set; } = "Exchange hub (Ukraine)";

    public HubMode Mode { get; set; } = HubMode.Embedded;

    /// <summary>Address the hub listens on. Loopback by default: exposing a hub is a deliberate act.</summary>
    [Required]
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>Address other silos of the same hub reach this silo at (cluster mode); defaults to
    /// <see cref="ListenAddress"/> when that is a concrete address, else this host's first IPv4 address.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>HTTP/2-only port for gRPC (plaintext gRPC on a mixed endpoint silently falls back to HTTP/1.1).</summary>
    [Range(0, 65535)]
    public int GrpcPort { get; set; } = 5100;

    /// <summary>HTTP/1.1 port for REST/JSON (gRPC JSON transcoding) and health.</summary>
    [Range(0, 65535)]
    public int HttpPort { get; set; } = 5101;

    /// <summary>Orleans silo-to-silo port.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Orleans client gateway port; used only when <see cref="EnableGateway"/> is set.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Opens the Orleans client gateway (on <see cref="ListenAddress"/>, TLS with the hub's cluster
    /// certificate). Off by default: the hub's own services call grains in-process, and an open gateway lets any
    /// client that reaches it call grains without a token.</summary>
    public bool EnableGateway { get; set; }

    /// <summary>Folder for embedded-mode state (relative paths resolve against the working directory).</summary>
    [Required]
    public string DataFolder { get; set; } = ".hub-data";

    /// <summary>Folder of the hub's private keys (attestation, token signing); defaults to <c>keys</c> inside
    /// <see cref="DataFolder"/>. Every silo of one hub must share it.</summary>
    public string? KeysFolder { get; set; }

    /// <summary>The federation file: peer hubs this national centre trusts, with their pinned keys (JSON; see
    /// <c>Federation/Peers/FederationFile</c>). Empty: the hub federates with nobody.</summary>
    public string? FederationFile { get; set; }

    /// <summary>gRPC endpoint peers reach this hub at, published in its descriptor; defaults to the gRPC port on
    /// the listen address.</summary>
    public string? PublicGrpcEndpoint { get; set; }

    /// <summary>Public address of the hub's web pages (absolute http(s) URL, e.g. <c>https://exchange.example.ua/</c>),
    /// published in its descriptor: share links for this hub open there. Defaults to the HTTP port on the listen
    /// address.</summary>
    public string? PublicWebUrl { get; set; }

    /// <summary>Serve gRPC and REST without TLS. Development only: refused unless <see cref="ListenAddress"/> is
    /// loopback, and peers then pin no TLS key for this hub (its endpoint is http).</summary>
    public bool Plaintext { get; set; }

    /// <summary>PEM certificate (chain) to serve TLS with, e.g. one from the national centre's CA; with
    /// <see cref="TlsKeyFile"/>. Unset: a self-signed certificate created once in the keys folder.</summary>
    public string? TlsCertificateFile { get; set; }

    /// <summary>PEM private key of <see cref="TlsCertificateFile"/>.</summary>
    public string? TlsKeyFile { get; set; }

    /// <summary>How far a peer's request timestamp may be from this hub's clock.</summary>
    [Range(5, 3600)]
    public int FederationClockSkewSeconds { get; set; } = 120;

    /// <summary>Orleans ClusterId; defaults to the hub id so two hubs on one database never join each other.</summary>
    public string? ClusterId { get; set; }

    /// <summary>Orleans ServiceId, the key of persisted grain state; must stay the same across deployments.</summary>
    public string? ServiceId { get; set; }

    /// <summary>Recognition policy file (e.g. <c>policy/KZ.json</c>; relative paths resolve against the content root).
    /// Unset: the Adapters' documented defaults for <see cref="Country"/>.</summary>
    public string? PolicyFile { get; set; }

    /// <summary>PostgreSQL connection string for cluster mode (Npgsql syntax).</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Folder of seed data (one sub-folder per country, e.g. <c>seed</c> holding <c>UA/</c>, <c>KZ/</c>, <c>LV/</c>); the
    /// hub loads its own country's folder at start. Empty = no seeding. Loading is idempotent.</summary>
    public string? SeedFolder { get; set; }

    /// <summary>Call budgets per caller and for share-code attempts (see <see cref="RateLimitOptions"/>).</summary>
    [ValidateObjectMembers]
    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>Request bytes, string lengths and list counts for both surfaces (see <see cref="InputLimitOptions"/>).</summary>
    [ValidateObjectMembers]
    public InputLimitOptions Input { get; set; } = new();

    /// <summary>Sign-in: the hub's own OpenID provider, the country's provider, demo accounts (see
    /// <see cref="Identity.IdentityOptions"/>).</summary>
    public Identity.IdentityOptions Identity { get; set; } = new();

    public string EffectiveClusterId => string.IsNullOrWhiteSpace(ClusterId) ? HubId : ClusterId;

    public string EffectiveServiceId => string.IsNullOrWhiteSpace(ServiceId) ? HubId : ServiceId;

    public Uri EffectivePublicGrpcEndpoint =>
        new(string.IsNullOrWhiteSpace(PublicGrpcEndpoint) ? $"{(Plaintext ? "http" : "https")}://{ListenAddress}:{GrpcPort}" : PublicGrpcEndpoint);

    /// <summary><see cref="PublicWebUrl"/> or its default, always ending in a slash.</summary>
    public Uri EffectivePublicWebUrl
    {
        get
        {
            var url = string.IsNullOrWhiteSpace(PublicWebUrl) ? $"{(Plaintext ? "http" : "https")}://{ListenAddress}:{HttpPort}/" : PublicWebUrl.Trim();
            return new Uri(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);
        }
    }

    public string ResolveKeysFolder(string contentRoot) =>
        string.IsNullOrWhiteSpace(KeysFolder)
            ? Path.Combine(ResolveDataFolder(contentRoot), "keys")
            : Path.IsPathRooted(KeysFolder) ? KeysFolder : Path.GetFullPath(Path.Combine(contentRoot, KeysFolder));

    public string ResolveDataFolder(string contentRoot) =>
        Path.IsPathRooted(DataFolder) ? DataFolder : Path.GetFullPath(Path.Combine(contentRoot, DataFolder));
}
