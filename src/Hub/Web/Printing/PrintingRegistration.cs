namespace Exchange.Hub.Web.Printing;

/// <summary>The printouts (PDF) the web pages offer — fonts from Hub:Web:FontFolder, loaded on first print — and the
/// learner's download of one.</summary>
public static class PrintingRegistration
{
    public static IServiceCollection AddPrinting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrintOptions>().Bind(configuration.GetSection(PrintOptions.SectionName));
        services.AddSingleton<PrintFonts>();
        services.AddSingleton<CredentialPdf>();
        services.AddSingleton<DecisionPdf>();
        services.AddSingleton<CredentialPrintBuilder>();
        services.AddSingleton<LearnerCredentialPrinting>();
        return services;
    }

    public static WebApplication MapPrinting(this WebApplication app)
    {
        app.MapLearnerCredentialPdf();
        return app;
    }
}
