using Exchange.Hub.Federation.Client;
using Exchange.Hub.Tests.Infrastructure;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Exchange.Hub.Tests.Hosting;

/// <summary>A hub started with its defaults serves gRPC and REST over TLS only, with the certificate whose key its
/// federation entry pins; a client trusts it by that pin, not by any CA.</summary>
public sealed class TransportEncryptionSpecs(EmbeddedHubFixture fixture) : IClassFixture<EmbeddedHubFixture>
{
    [Fact]
    public async Task A_client_pinning_the_hubs_TLS_key_reaches_grpc_and_rest_over_https()
    {
        Assert.Equal(Uri.UriSchemeHttps, fixture.Hub.GrpcAddress.Scheme);
        using var channel = fixture.Hub.CreateChannel();
        var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);

        using var http = fixture.Hub.CreateHttpClient();
        Assert.Equal("Healthy", await http.GetStringAsync(new Uri("/health", UriKind.Relative)));
    }

    [Fact]
    public async Task Plaintext_grpc_to_a_default_hub_fails()
    {
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{fixture.Hub.Settings.GrpcPort}");
        await Assert.ThrowsAsync<RpcException>(() => new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest()).ResponseAsync);
    }

    [Fact]
    public async Task Plaintext_rest_to_a_default_hub_fails()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{fixture.Hub.Settings.HttpPort}") };
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetStringAsync(new Uri("/health", UriKind.Relative)));
    }

    [Fact]
    public async Task A_client_pinning_another_key_refuses_the_hubs_certificate()
    {
        var otherPin = HubProcessSettings.Fresh("hub-other").TlsKeyPin();
        var pin = new PinnedServerCertificate([otherPin]);
        using var channel = GrpcChannel.ForAddress(fixture.Hub.GrpcAddress, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = pin.Validate } },
            DisposeHttpClient = true,
        });

        await Assert.ThrowsAsync<RpcException>(() => new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest()).ResponseAsync);
        Assert.Equal(fixture.Hub.TlsKeyPins.Single(), pin.RefusedPin);
    }

    [Fact]
    public async Task A_client_trusting_the_system_CA_store_refuses_the_self_signed_certificate()
    {
        using var channel = GrpcChannel.ForAddress(fixture.Hub.GrpcAddress);
        await Assert.ThrowsAsync<RpcException>(() => new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest()).ResponseAsync);
    }
}
