using System.Reflection;

namespace Exchange.Hub.Credentials.Publishing;

/// <summary>
/// GET <c>/contexts/exchange/v1.jsonld</c>: the JSON-LD context of Exchange's own terms (the recognition decision
/// credential's vocabulary and the export's additions), the same bytes on every hub, embedded in the assembly so a
/// hub serves exactly the context it signs against. Anonymous, and cached for long: a published context version
/// never changes (a change of meaning is a new version, v2).
/// </summary>
public static class ExchangeContext
{
    public const string Route = "/contexts/exchange/v1.jsonld";

    public const string MediaType = "application/ld+json";

    /// <summary>The IRI every term of the context lives under: Exchange's own namespace, the same whichever hub
    /// serves the file (the hub's copy is where a processor fetches it; the terms do not name the hub).</summary>
    public const string Vocabulary = "https://w3id.org/exchange/v1#";

    private const string ResourceName = "Exchange.Hub.Credentials.Publishing.exchange-v1.jsonld";

    private static readonly Lazy<byte[]> Bytes = new(Read);

    /// <summary>The context document as served.</summary>
    public static ReadOnlyMemory<byte> Document => Bytes.Value;

    public static IEndpointRouteBuilder MapExchangeContext(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, (HttpContext http) =>
        {
            // A year: contexts are fetched by every JSON-LD processor that expands a credential; v1 never changes.
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            http.Response.Headers.AccessControlAllowOrigin = "*";
            return Results.Bytes(Bytes.Value, MediaType);
        }).AllowAnonymous();
        return endpoints;
    }

    private static byte[] Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
