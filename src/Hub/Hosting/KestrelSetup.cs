using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Exchange.Hub.Hosting;

/// <summary>Two endpoints: gRPC needs HTTP/2 without TLS negotiation (h2c), REST/JSON and health need HTTP/1.1;
/// one mixed plaintext endpoint would silently downgrade gRPC clients to HTTP/1.1.</summary>
internal static class KestrelSetup
{
    public static void Configure(KestrelServerOptions kestrel, HubOptions hub)
    {
        Listen(kestrel, hub.ListenAddress, hub.GrpcPort, HttpProtocols.Http2);
        Listen(kestrel, hub.ListenAddress, hub.HttpPort, HttpProtocols.Http1);
    }

    private static void Listen(KestrelServerOptions kestrel, string address, int port, HttpProtocols protocols)
    {
        if (address == "localhost")
        {
            kestrel.ListenLocalhost(port, o => o.Protocols = protocols);
        }
        else
        {
            kestrel.Listen(IPAddress.Parse(address), port, o => o.Protocols = protocols);
        }
    }
}
