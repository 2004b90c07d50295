using Exchange.Hub.Security;

namespace Exchange.Hub.Web.Printing;

/// <summary>GET <c>/my/credentials/{credentialId}/shares/{shareId}/credential.pdf</c>: the learner's printout of a shared
/// credential (<see cref="LearnerCredentialPrinting"/>), as a download; linked from the learner's share page.</summary>
public static class LearnerCredentialPdfEndpoint
{
    public const string Route = "/my/credentials/{credentialId}/shares/{shareId}/credential.pdf";

    public static string PathFor(string credentialId, string shareId) =>
        $"/my/credentials/{Uri.EscapeDataString(credentialId)}/shares/{Uri.EscapeDataString(shareId)}/credential.pdf";

    public static IEndpointRouteBuilder MapLearnerCredentialPdf(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, PrintAsync).RequireAuthorization(WebAuth.LearnerPages);
        return endpoints;
    }

    private static async Task<IResult> PrintAsync(string credentialId, string shareId, HttpContext http, LearnerCredentialPrinting printing)
    {
        var file = await printing.PrintAsync(CallerIdentity.From(http.User), credentialId, shareId, http.RequestAborted);
        if (file is null)
        {
            return Results.NotFound();
        }

        // The PDF carries the share code and the learner's name: no cache may keep it.
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(file.Pdf, PrintedFile.ContentType, file.FileName);
    }
}
