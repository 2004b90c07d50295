using Exchange.Hub.Hosting;
using Exchange.Hub.Security.Transport;
using Exchange.Hub.Tests.Infrastructure;
using Grpc.Health.V1;

namespace Exchange.Hub.Tests.Hosting;

/// <summary>How a hub's transport is chosen: TLS by default, an operator's certificate when given, and plaintext only
/// as a development setting that has to be asked for, on loopback.</summary>
public sealed class TransportSettingsSpecs
{
    [Fact]
    public async Task A_hub_told_Plaintext_on_loopback_serves_http_and_advertises_an_http_endpoint()
    {
        await using var hub = await HubProcess.StartAsync(HubProcessSettings.Fresh("hub-plain") with { Plaintext = true });

        using var channel = hub.CreateChannel();
        var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.Contains($"gRPC (HTTP/2) at http://127.0.0.1:{hub.Settings.GrpcPort}", hub.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(hub.Settings.EffectiveKeysFolder, ServerCertificate.CertificateFileName)));
    }

    [Fact]
    public async Task A_hub_given_an_operators_certificate_serves_that_certificate()
    {
        var settings = HubProcessSettings.Fresh("hub-operator-cert");
        var operatorFolder = Path.Combine(settings.DataFolder, "operator-tls");
        string operatorPin;
        using (var certificate = ServerCertificate.LoadOrCreate(operatorFolder, "hub-operator-cert", ["127.0.0.1"], TimeProvider.System))
        {
            operatorPin = TlsKeyPin.Of(certificate);
        }

        await using var hub = await HubProcess.StartAsync(settings with
        {
            Extra = new Dictionary<string, string>
            {
                ["Hub__TlsCertificateFile"] = Path.Combine(operatorFolder, ServerCertificate.CertificateFileName),
                ["Hub__TlsKeyFile"] = Path.Combine(operatorFolder, ServerCertificate.KeyFileName),
            },
        });
        var trustsOperatorKey = new Exchange.Hub.Federation.Client.PinnedServerCertificate([operatorPin]);
        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(hub.GrpcAddress, new Grpc.Net.Client.GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = trustsOperatorKey.Validate } },
            DisposeHttpClient = true,
        });

        var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("10.1.2.3")]
    [InlineData("::")]
    public void Plaintext_on_an_address_other_machines_reach_is_refused(string listenAddress)
    {
        var result = Validate(new HubOptions { Plaintext = true, ListenAddress = listenAddress });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("Hub:Plaintext is for development on loopback only", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("localhost")]
    public void Plaintext_on_loopback_is_accepted(string listenAddress) =>
        Assert.True(Validate(new HubOptions { Plaintext = true, ListenAddress = listenAddress }).Succeeded);

    [Fact]
    public void By_default_a_hub_serves_TLS_and_advertises_an_https_endpoint()
    {
        var hub = new HubOptions();

        Assert.False(hub.Plaintext);
        Assert.Equal(Uri.UriSchemeHttps, hub.EffectivePublicGrpcEndpoint.Scheme);
    }

    [Theory]
    [InlineData(false, "http://hub-ua:5100", "must use https")]
    [InlineData(true, "https://127.0.0.1:5100", "must use http")]
    public void The_advertised_endpoint_must_match_the_transport_served(bool plaintext, string endpoint, string failure)
    {
        var result = Validate(new HubOptions { Plaintext = plaintext, PublicGrpcEndpoint = endpoint });

        Assert.Contains(result.Failures!, f => f.Contains(failure, StringComparison.Ordinal));
    }

    [Fact]
    public void An_operator_certificate_needs_its_key()
    {
        var result = Validate(new HubOptions { TlsCertificateFile = "/etc/hub/tls.pem" });

        Assert.Contains(result.Failures!, f => f.StartsWith("Hub:TlsCertificateFile and Hub:TlsKeyFile go together", StringComparison.Ordinal));
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(HubOptions options) =>
        new HubOptionsValidator().Validate(null, options);
}
