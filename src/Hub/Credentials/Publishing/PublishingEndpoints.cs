using System.Globalization;
using Exchange.Hub.Rpc;

namespace Exchange.Hub.Credentials.Publishing;

/// <summary>
/// What the hub publishes for verifiers outside the federation, anonymously: its keys at
/// <c>/.well-known/jwks.json</c> and its status lists at <c>/status/{family}/{number}</c>.
/// </summary>
public static class PublishingEndpoints
{
    public const string JwksRoute = "/.well-known/jwks.json";

    public const string StatusListRoute = "/status/{family}/{number}";

    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.AddSingleton<StatusLists>();
        services.AddSingleton<StatusListPublisher>();
        services.AddSingleton<HubJwks>();
        return services;
    }

    public static IEndpointRouteBuilder MapPublishing(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(JwksRoute, ServeJwks).AllowAnonymous();
        endpoints.MapGet(StatusListRoute, ServeStatusListAsync).AllowAnonymous();
        return endpoints;
    }

    private static IResult ServeJwks(HubJwks jwks, HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Text(jwks.Json, HubJwks.MediaType);
    }

    private static async Task ServeStatusListAsync(string family, string number, HttpContext http, StatusListPublisher publisher)
    {
        var jwt = StatusFamilies.TryParse(family, out var known)
            && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var listNumber)
            ? await publisher.FindAsync(known, listNumber, http.RequestAborted)
            : null;
        if (jwt is null)
        {
            var status = RefusalResponse.Status(Google.Rpc.Code.NotFound, "STATUS_LIST_NOT_FOUND", $"This hub publishes no status list {family}/{number}.");
            await RefusalResponse.WriteAsync(http, status, StatusCodes.Status404NotFound);
            return;
        }

        // A minute's lag at most on top of the list's own: revocations show soon, and a popular list is not signed per request.
        http.Response.Headers.CacheControl = "public, max-age=60";
        http.Response.ContentType = VcJwtSigner.MediaType;
        await http.Response.WriteAsync(jwt, http.RequestAborted);
    }
}
