using Exchange.Hub.Federation.Auth;
using Exchange.Hub.Federation.Peers;
using Grpc.AspNetCore.Server;

namespace Exchange.Hub.Services.Federation;

/// <summary>The federation's gRPC endpoints: the hub-to-hub service behind the peer signature check, and the status
/// service. Kept apart from FederationRegistration, which wires what they use, so the federation room does not
/// point back at the services.</summary>
internal static class FederationEndpoints
{
    public static IGrpcServerBuilder AddFederationService(this IGrpcServerBuilder grpc) =>
        grpc.AddServiceOptions<HubFederationGrpcService>(o => o.Interceptors.Add<FederationAuthInterceptor>());

    public static WebApplication MapFederation(this WebApplication app)
    {
        // Read the federation file now: a mistake in it stops the hub at start, not at the first peer call.
        app.Services.GetRequiredService<PeerDirectory>();
        app.MapGrpcService<HubFederationGrpcService>();
        app.MapGrpcService<FederationStatusGrpcService>();
        return app;
    }
}
