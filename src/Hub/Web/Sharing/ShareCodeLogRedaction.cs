namespace Exchange.Hub.Web.Sharing;

/// <summary>Puts every registered logger provider behind a <see cref="RedactingLoggerProvider"/>, so no share code
/// reaches a log: ASP.NET Core's own request lines ("Request starting GET /v/…") and their RequestPath scope carry
/// the path, and the code is the whole secret of a share grant.</summary>
public static class ShareCodeLogRedaction
{
    /// <summary>Call after every provider is registered (wraps only those present).</summary>
    public static ILoggingBuilder RedactShareCodes(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.Services.AddHttpContextAccessor();
        var registered = logging.Services.Where(d => d.ServiceType == typeof(ILoggerProvider) && !d.IsKeyedService).ToList();
        foreach (var descriptor in registered)
        {
            logging.Services.Remove(descriptor);
            logging.Services.AddSingleton<ILoggerProvider>(sp =>
                RedactingLoggerProvider.Around(Create(sp, descriptor), new LogRedactor(sp.GetService<IHttpContextAccessor>())));
        }

        return logging;
    }

    private static ILoggerProvider Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (ILoggerProvider)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
