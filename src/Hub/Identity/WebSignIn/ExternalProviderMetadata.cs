using Exchange.Hub.Federation.Client;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Identity.WebSignIn;

/// <summary>
/// The country provider's discovery document and signing keys, read from its metadata and refreshed as IdentityModel
/// decides (daily, or sooner when a token names an unknown key). The last good copy stays in use while the provider
/// cannot be reached.
/// </summary>
public sealed partial class ExternalProviderMetadata
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly ILogger<ExternalProviderMetadata> _logger;
    private volatile OpenIdConnectConfiguration? _current;

    public ExternalProviderMetadata(ExternalProviderOptions options, bool plaintextAllowed, ILogger<ExternalProviderMetadata> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        var authority = options.Authority!.TrimEnd('/');
        Backchannel = CreateHandler(options.TlsKeyPin);
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            authority + "/.well-known/openid-configuration",
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(new HttpClient(CreateHandler(options.TlsKeyPin))) { RequireHttps = !plaintextAllowed });
    }

    /// <summary>The handler the web sign-in talks to the provider through (same TLS trust as the metadata).</summary>
    public HttpMessageHandler Backchannel { get; }

    public string? Issuer => _current?.Issuer;

    public IEnumerable<SecurityKey> SigningKeys => _current?.SigningKeys ?? [];

    public async Task RefreshAsync(CancellationToken ct)
    {
        try
        {
            _current = await _manager.GetConfigurationAsync(ct);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException)
        {
            LogUnreachable(_logger, e);
        }
    }

    /// <summary>A handler trusting the provider's certificate by its pinned key, or by the machine's CAs when no pin is set.</summary>
    public static HttpMessageHandler CreateHandler(string? pin) => pin is null
        ? new SocketsHttpHandler()
        : new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = new PinnedServerCertificate([pin]).Validate } };

    [LoggerMessage(EventId = 2103, EventName = "ExternalProviderUnreachable", Level = LogLevel.Warning,
        Message = "The country's identity provider's metadata could not be read; its tokens are checked with the keys last read")]
    private static partial void LogUnreachable(ILogger logger, Exception exception);
}
