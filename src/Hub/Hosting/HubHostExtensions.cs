using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Federation;
using Exchange.Hub.Hosting.Jobs;
using Exchange.Hub.Identity;
using Exchange.Hub.Identity.WebSignIn;
using Exchange.Hub.Persistence.Postgres;
using Exchange.Hub.Rpc;
using Exchange.Hub.Security;
using Exchange.Hub.Security.RateLimiting;
using Exchange.Hub.Services;
using Exchange.Hub.Services.Federation;
using Exchange.Hub.Services.Issuing;
using Exchange.Hub.Services.Recognition;
using Exchange.Hub.Web;
using Exchange.Hub.Web.Printing;
using Exchange.Hub.Web.Sharing;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Hosting;

/// <summary>Wiring of the hub host; <c>Program.cs</c> only calls these two methods.</summary>
public static class HubHostExtensions
{
    public static WebApplicationBuilder AddExchangeHub(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(HubOptions.SectionName);
        builder.Services.AddOptions<HubOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HubOptions>, HubOptionsValidator>();

        // Kestrel and Orleans are configured before the container exists, so they read (and validate) the options now.
        var hub = section.Get<HubOptions>() ?? new HubOptions();
        ValidateEagerly(hub);

        var certificate = hub.Plaintext ? null : Security.Transport.ServerCertificate.LoadFor(hub, builder.Environment.ContentRootPath, TimeProvider.System);
        builder.WebHost.ConfigureKestrel(kestrel => KestrelSetup.Configure(kestrel, hub, certificate));
        // Run from its build output (dotnet run, the local federation, the tests), the hub finds its stylesheets in
        // src/Hub/wwwroot through the build's static web assets manifest, in every environment; a published hub has
        // no such manifest and serves the wwwroot published beside it.
        builder.WebHost.UseStaticWebAssets();
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        // A client leaving a watch stream is routine (one line per call at Information); failures still log as errors.
        builder.Logging.AddFilter("Grpc.AspNetCore.Server.ServerCallHandler", LogLevel.Warning);
        // Bad input is the caller's mistake, answered with its reason; the transcoder would log each with a stack trace.
        builder.Logging.AddFilter("Grpc.AspNetCore.Grpc.JsonTranscoding.ServerCallHandler", LogLevel.Warning);

        builder.Services.AddSingleton<SiloReadiness>();
        if (hub.Mode == HubMode.Cluster)
        {
            builder.Services.AddHostedService<PostgresSchemaInitializer>();
        }

        builder.UseOrleans(silo =>
        {
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<SiloReadiness>());
            silo.Services.AddSingleton<UnfinishedCasesResumption>();
            silo.AddOutgoingGrainCallFilter<Credentials.CredentialIdShapeGuard>();
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<UnfinishedCasesResumption>());
            silo.Services.AddSingleton<PrecedentsBackfill>();
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<PrecedentsBackfill>());
            OrleansSiloSetup.Configure(silo, hub, builder.Environment.ContentRootPath);
        });

        builder.Services.AddHubSecurity(hub, builder.Environment.ContentRootPath);
        builder.Services.AddHubIdentity(hub, certificate);
        builder.Services.AddHubRateLimits(hub);
        builder.AddInputPolicy(hub);
        builder.Services.AddRecognitionCases(hub, builder.Environment.ContentRootPath);
        builder.Services.AddGrpc(o =>
        {
            o.Interceptors.Add<ExceptionMappingInterceptor>();
            o.EnableDetailedErrors = builder.Environment.IsDevelopment();
        }).AddJsonTranscoding(o =>
            // REST error bodies carry the google.rpc details (ErrorInfo, BadRequest); without them in the registry the
            // transcoder fails while writing any rich error and answers 500.
            o.TypeRegistry = RefusalResponse.Details).AddFederationService();
        builder.Services.AddFederation(builder.Configuration);
        builder.Services.AddGrpcReflection();
        builder.Services.AddPrinting(builder.Configuration);
        builder.Services.AddGrpcHealthChecks().AddCheck<SiloReadiness>("silo");
        builder.Services.AddHostedService<StartupBanner>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new HubStartTime(sp.GetRequiredService<TimeProvider>().GetUtcNow()));
        builder.Services.AddRegistryAndIssuing();
        builder.Services.AddPublishing();
        builder.Services.AddWebPages(hub.HubId);
        // Last: it wraps the logger providers registered so far.
        builder.Logging.RedactShareCodes();
        return builder;
    }

    public static WebApplication MapExchangeHub(this WebApplication app)
    {
        // Resolved now so started_at is the moment the hub came up, not the first GetHubInfo call.
        app.Services.GetRequiredService<HubStartTime>();
        app.UseInputPolicy(app.Services.GetRequiredService<IOptions<HubOptions>>().Value);
        app.UseWebPages();
        app.UseAuthentication();
        app.UseWebPrincipal();
        // After authentication, so a caller with a valid token spends its own budget rather than its address's.
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseJsonBodyCheck();
        app.MapGrpcService<HubInfoGrpcService>();
        app.MapRegistryAndIssuing();
        app.MapRecognitionCases();
        app.MapFederation();
        app.MapHubIdentity();
        app.MapWebPages();
        app.MapPrinting();
        app.MapPublishing();
        app.MapExchangeContext();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        app.MapGrpcReflectionService().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }

    // The same validators ValidateOnStart runs (data annotations, descending into the [ValidateObjectMembers]
    // sections, then HubOptionsValidator), run before the container exists.
    private static void ValidateEagerly(HubOptions hub)
    {
        var failures = new IValidateOptions<HubOptions>[] { new DataAnnotationValidateOptions<HubOptions>(name: null), new HubOptionsValidator() }
            .SelectMany(v => v.Validate(Options.DefaultName, hub).Failures ?? [])
            .ToList();
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(HubOptions.SectionName, typeof(HubOptions), failures);
        }
    }
}
