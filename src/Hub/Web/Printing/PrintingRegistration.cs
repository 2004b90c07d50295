namespace Exchange.Hub.Web.Printing;

/// <summary>The printouts (PDF) the web pages offer: fonts from Hub:Web:FontFolder, loaded on first print.</summary>
public static class PrintingRegistration
{
    public static IServiceCollection AddPrinting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrintOptions>().Bind(configuration.GetSection(PrintOptions.SectionName));
        services.AddSingleton<PrintFonts>();
        services.AddSingleton<CredentialPdf>();
        services.AddSingleton<DecisionPdf>();
        return services;
    }
}
