using System.Net;
using System.Text.RegularExpressions;
using Exchange.Contracts.V1;
using Exchange.Hub.Tests.Infrastructure;
using Google.Api;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;

namespace Exchange.Hub.Tests.Contracts;

/// <summary>
/// Every google.api.http rule of the local API is one ASP.NET Core JSON transcoding accepts and routes to its
/// RPC: a host that maps the generated service bases answers each REST route with 501 (gRPC UNIMPLEMENTED)
/// rather than 404 or 405.
/// </summary>
public sealed partial class JsonTranscodingRouteSpecs : IAsyncLifetime
{
    private readonly int _port = FreePorts.Take(1)[0];
    private WebApplication? _app;

    public static TheoryData<string, string, string> Routes()
    {
        var routes = new TheoryData<string, string, string>();
        foreach (var method in LocalApi.Methods)
        {
            var rule = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
            if (rule is null)
            {
                continue;
            }

            var (verb, template) = rule.PatternCase switch
            {
                HttpRule.PatternOneofCase.Get => ("GET", rule.Get),
                HttpRule.PatternOneofCase.Post => ("POST", rule.Post),
                HttpRule.PatternOneofCase.Put => ("PUT", rule.Put),
                HttpRule.PatternOneofCase.Delete => ("DELETE", rule.Delete),
                HttpRule.PatternOneofCase.Patch => ("PATCH", rule.Patch),
                _ => throw new InvalidOperationException($"{method.FullName} has an unsupported http rule."),
            };
            routes.Add(method.FullName, verb, PathParameter().Replace(template, "x1"));
        }

        return routes;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Each_rest_route_reaches_its_rpc(string rpc, string verb, string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}") };
        using var request = new HttpRequestMessage(new HttpMethod(verb), path);
        if (verb != "GET")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.True(response.StatusCode == HttpStatusCode.NotImplemented,
            $"{verb} {path} ({rpc}) answered {(int)response.StatusCode}, expected 501 from the unimplemented RPC.");
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{_port}");
        builder.Services.AddGrpc().AddJsonTranscoding();
        _app = builder.Build();
        _app.MapGrpcService<Unimplemented.HubInfo>();
        _app.MapGrpcService<Unimplemented.Registry>();
        _app.MapGrpcService<Unimplemented.Issuing>();
        _app.MapGrpcService<Unimplemented.Verification>();
        _app.MapGrpcService<Unimplemented.Recognition>();
        _app.MapGrpcService<Unimplemented.Review>();
        _app.MapGrpcService<Unimplemented.FederationStatus>();
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [GeneratedRegex(@"\{[a-z_.]+\}")]
    private static partial Regex PathParameter();

    private static class Unimplemented
    {
        public sealed class HubInfo : HubInfoService.HubInfoServiceBase;

        public sealed class Registry : RegistryService.RegistryServiceBase;

        public sealed class Issuing : IssuingService.IssuingServiceBase;

        public sealed class Verification : VerificationService.VerificationServiceBase;

        public sealed class FederationStatus : FederationStatusService.FederationStatusServiceBase;

        public sealed class Recognition : RecognitionService.RecognitionServiceBase;

        public sealed class Review : ReviewService.ReviewServiceBase;
    }
}
