using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Issuing;
using Exchange.Hub.Seed;
using Exchange.Hub.Services.Registry;

namespace Exchange.Hub.Services.Issuing;

/// <summary>Wiring of the registry, issuing and verification side of the hub.</summary>
public static class IssuingRegistration
{
    public static IServiceCollection AddRegistryAndIssuing(this IServiceCollection services)
    {
        services.AddSingleton<CredentialIssuer>();
        services.AddSingleton<LocalCredentialVerifier>();
        services.AddSingleton<Credentials.Publishing.HubIssuer>();
        services.AddSingleton<Credentials.Publishing.VcJwtSigner>();
        services.AddSingleton<Credentials.Export.OpenBadgeExport>();
        services.AddSingleton<Credentials.Outside.OutsideCredentialImporter>();
        services.AddSingleton<LocalCredentialResolver>();
        services.AddSingleton<ICredentialResolver, FederatedCredentialResolver>();
        services.AddSingleton<SharedCredentialLookup>();
        services.AddHostedService<SeedLoader>();
        return services;
    }

    public static WebApplication MapRegistryAndIssuing(this WebApplication app)
    {
        app.MapGrpcService<RegistryGrpcService>();
        app.MapGrpcService<IssuingGrpcService>();
        app.MapGrpcService<VerificationGrpcService>();
        return app;
    }
}
