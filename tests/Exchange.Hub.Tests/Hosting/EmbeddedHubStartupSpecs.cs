using Exchange.Contracts.V1;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

namespace Exchange.Hub.Tests.Hosting;

public sealed class EmbeddedHubStartupSpecs(EmbeddedHubFixture fixture) : IClassFixture<EmbeddedHubFixture>
{
    [Fact]
    public void Logs_the_grpc_and_rest_urls_it_serves()
    {
        var hub = fixture.Hub;
        Assert.Contains($"gRPC (HTTP/2) at https://127.0.0.1:{hub.Settings.GrpcPort}", hub.Output, StringComparison.Ordinal);
        Assert.Contains($"REST/JSON and health at https://127.0.0.1:{hub.Settings.HttpPort}", hub.Output, StringComparison.Ordinal);
        Assert.Contains("Embedded mode", hub.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_http_health_on_the_http1_port()
    {
        using var http = fixture.Hub.CreateHttpClient();
        var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Answers_grpc_health_as_serving_on_the_http2_port()
    {
        using var channel = fixture.Hub.CreateChannel();
        var reply = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    }

    [Fact]
    public async Task Lists_its_services_through_grpc_reflection()
    {
        using var channel = fixture.Hub.CreateChannel();
        using var call = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("grpc.health.v1.Health", services);
        Assert.Contains("grpc.reflection.v1alpha.ServerReflection", services);
        Assert.Contains("exchange.v1.HubInfoService", services);
    }

    [Fact]
    public async Task Tells_who_it_is_over_grpc()
    {
        using var channel = fixture.Hub.CreateChannel();
        var info = await new HubInfoService.HubInfoServiceClient(channel).GetHubInfoAsync(new GetHubInfoRequest());
        Assert.Equal("hub-embedded", info.HubId);
        Assert.Equal("UA", info.CountryCode);
        Assert.Equal(Exchange.Contracts.V1.HubMode.Embedded, info.Mode);
        Assert.Equal("exchange.v1", info.ApiVersion);
        Assert.Contains(info.Frameworks, f => f.Framework == QualificationFramework.UaNqf && f.Versions.Contains("CMU-519-2020"));
    }

    [Fact]
    public async Task Tells_who_it_is_over_rest_json_on_the_http1_port()
    {
        using var http = fixture.Hub.CreateHttpClient();
        var json = await http.GetStringAsync(new Uri("/v1/hub/info", UriKind.Relative));
        Assert.Contains("\"hubId\":\"hub-embedded\"", json, StringComparison.Ordinal);
        Assert.Contains("\"countryCode\":\"UA\"", json, StringComparison.Ordinal);
    }
}
