using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Issuing;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Credentials.Outside.DataIntegrity;
using Exchange.Hub.Credentials.Outside.Status;
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
        services.AddSingleton<Credentials.Outside.IOutsideIssuerTrust, Credentials.Outside.RegistryOutsideIssuerTrust>();
        services.AddOutsideCredentialReaders();
        services.AddSingleton<Credentials.Outside.IOutsideIssuerTrust, Credentials.Outside.RegistryOutsideIssuerTrust>();
        services.AddSingleton<LocalCredentialResolver>();
        services.AddSingleton<ICredentialResolver, FederatedCredentialResolver>();
        services.AddSingleton<SharedCredentialLookup>();
        services.AddHostedService<SeedLoader>();
        return services;
    }

    /// <summary>The readers of outside credentials and the one network use they have: the issuer's status list, over a
    /// client that gives up after 5 s and follows no redirect by itself (the fetcher follows same-host ones only).</summary>
    private static IServiceCollection AddOutsideCredentialReaders(this IServiceCollection services)
    {
        services.AddOptions<OutsideCredentialOptions>().BindConfiguration(OutsideCredentialOptions.Section);
        services.AddHttpClient(OutsideCredentialOptions.StatusHttpClient, client => client.Timeout = TimeSpan.FromSeconds(5))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddSingleton<StatusListFetcher>();
        services.AddSingleton<StatusListCache>();
        services.AddSingleton<BitstringStatusCheck>();
        services.AddSingleton<IOutsideCredentialReader, VcJwtReader>();
        services.AddSingleton<IOutsideCredentialReader, ElmoReader>();
        services.AddSingleton<IOutsideCredentialReader, Credentials.Outside.Elm.ElmJadesReader>();
        services.AddSingleton<IOutsideCredentialReader, DataIntegrityReader>();
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
