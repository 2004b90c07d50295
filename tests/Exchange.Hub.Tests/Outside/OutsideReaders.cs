using System.Net;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Credentials.Outside.DataIntegrity;
using Exchange.Hub.Credentials.Outside.Status;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Exchange.Hub.Tests.Outside;

/// <summary>Builds a <see cref="VcJwtReader"/> as the hub wires it, on a fake clock, with a trust list, the status hosts
/// allowed and an HTTP handler standing for the network (by default one that answers nothing).</summary>
public static class OutsideReaders
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    public static VcJwtReader Create(IOutsideIssuerTrust trust, HttpMessageHandler? network = null, FakeTimeProvider? time = null, params string[] statusHosts)
    {
        time ??= new FakeTimeProvider(Now);
        var options = Options.Create(new OutsideCredentialOptions { StatusHosts = [.. statusHosts] });
        var fetcher = new StatusListFetcher(new HandlerClients(network ?? new Answering(_ => new HttpResponseMessage(HttpStatusCode.NotFound))));
        return new VcJwtReader(trust, new BitstringStatusCheck(fetcher, new StatusListCache(time), options, time), time);
    }

    /// <summary>A <see cref="DataIntegrityReader"/> wired alike.</summary>
    public static DataIntegrityReader CreateDataIntegrity(IOutsideIssuerTrust trust, HttpMessageHandler? network = null, FakeTimeProvider? time = null, params string[] statusHosts)
    {
        time ??= new FakeTimeProvider(Now);
        var options = Options.Create(new OutsideCredentialOptions { StatusHosts = [.. statusHosts] });
        var fetcher = new StatusListFetcher(new HandlerClients(network ?? new Answering(_ => new HttpResponseMessage(HttpStatusCode.NotFound))));
        return new DataIntegrityReader(trust, new BitstringStatusCheck(fetcher, new StatusListCache(time), options, time), time);
    }

    /// <summary>Every client the factory makes sends through one handler.</summary>
    public sealed class HandlerClients(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(5) };
    }

    /// <summary>A network that answers each request with the function's response and counts the requests.</summary>
    public sealed class Answering(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        public List<Uri> Requested { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requested.Add(request.RequestUri!);
            return Task.FromResult(answer(request));
        }
    }
}
