using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Exchange.Hub.Hosting;

/// <summary>Two endpoints: gRPC on an HTTP/2-only port, REST/JSON and health on HTTP/1.1. Both serve TLS with
/// <paramref name="certificate"/>; null only when Hub:Plaintext is set (loopback development), where a mixed
/// plaintext endpoint would silently downgrade gRPC clients to HTTP/1.1 — hence the split.</summary>
internal static class KestrelSetup
{
    public static void Configure(KestrelServerOptions kestrel, HubOptions hub, X509Certificate2? certificate)
    {
        Listen(kestrel, hub.ListenAddress, hub.GrpcPort, HttpProtocols.Http2, certificate);
        Listen(kestrel, hub.ListenAddress, hub.HttpPort, HttpProtocols.Http1, certificate);
    }

    private static void Listen(KestrelServerOptions kestrel, string address, int port, HttpProtocols protocols, X509Certificate2? certificate)
    {
        void Endpoint(ListenOptions o)
        {
            o.Protocols = protocols;
            if (certificate is not null)
            {
                o.UseHttps(certificate);
            }
        }

        if (address == "localhost")
        {
            kestrel.ListenLocalhost(port, Endpoint);
        }
        else
        {
            kestrel.Listen(IPAddress.Parse(address), port, Endpoint);
        }
    }
}
