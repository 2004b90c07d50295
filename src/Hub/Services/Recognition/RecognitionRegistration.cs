using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Hosting;
using Exchange.Hub.Hosting.Policy;
using Exchange.Hub.Rpc;
using Exchange.Hub.Services.Review;
using Grpc.AspNetCore.Server;

namespace Exchange.Hub.Services.Recognition;

/// <summary>Wiring of recognition cases and officer review.</summary>
public static class RecognitionRegistration
{
    /// <summary>Loads the recognition policy now (a bad policy file stops the hub before it accepts a case) and
    /// registers what the case grains need. The <see cref="Credentials.ICredentialResolver"/> is registered by
    /// the registry; without one, cases wait in WAITING_FOR_PEER instead of failing.</summary>
    public static IServiceCollection AddRecognitionCases(this IServiceCollection services, HubOptions hub, string contentRoot)
    {
        var policy = string.IsNullOrWhiteSpace(hub.PolicyFile)
            ? HubRecognitionPolicy.Defaults(hub.Country)
            : PolicyFile.Load(Path.IsPathRooted(hub.PolicyFile) ? hub.PolicyFile : Path.GetFullPath(Path.Combine(contentRoot, hub.PolicyFile)), hub.Country);
        services.AddSingleton(policy);
        services.AddSingleton<CaseCredentialResolution>();
        services.AddSingleton<Exchange.Hub.Grains.Recognition.Stacking.IQualificationRequirements, Exchange.Hub.Federation.Programmes.QualificationLookup>();
        services.AddSingleton<ICommissionProtocolSealer, CommissionProtocolSealer>();
        services.AddSingleton<IDecisionCredentialIssuer, Credentials.Decisions.DecisionCredentials>();
        // System messages in the reader's language on the way out (Messaging/ReaderLanguageInterceptor).
        services.Configure<GrpcServiceOptions<RecognitionGrpcService>>(o => o.Interceptors.Add<ReaderLanguageInterceptor.ForRequesters>());
        services.Configure<GrpcServiceOptions<ReviewGrpcService>>(o => o.Interceptors.Add<ReaderLanguageInterceptor.ForOfficers>());

        return services;
    }

    public static WebApplication MapRecognitionCases(this WebApplication app)
    {
        app.MapGrpcService<RecognitionGrpcService>();
        app.MapGrpcService<ReviewGrpcService>();
        app.MapGrpcService<ReferenceData.ReferenceDataGrpcService>();
        return app;
    }
}
