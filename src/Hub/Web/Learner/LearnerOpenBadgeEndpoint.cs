using Exchange.Hub.Credentials.Export;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Rpc;
using Exchange.Hub.Security;

namespace Exchange.Hub.Web.Learner;

/// <summary>
/// GET <c>/my/credentials/{credentialId}/open-badge.jwt</c>: the learner's own credential as an Open Badges 3.0
/// VC-JWT (<see cref="OpenBadgeExport"/>, the same export as the API's ExportCredential), to keep in a wallet or hand
/// to a verifier outside the federation; linked from the credential's page. Another learner's credential, or an id
/// nothing was issued under, is not found; a revoked credential is refused (409, google.rpc.Status body).
/// </summary>
public static class LearnerOpenBadgeEndpoint
{
    public const string Route = "/my/credentials/{credentialId}/open-badge.jwt";

    public static string PathFor(string credentialId) => LearnerPaths.Credential(credentialId) + "/open-badge.jwt";

    public static IEndpointRouteBuilder MapLearnerOpenBadge(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, DownloadAsync).RequireAuthorization(WebAuth.LearnerPages);
        return endpoints;
    }

    private static async Task DownloadAsync(string credentialId, HttpContext http, IGrainFactory grains, OpenBadgeExport export)
    {
        var view = await OwnCredentials.FindAsync(grains, CallerIdentity.From(http.User), credentialId, http.RequestAborted);
        if (view is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        string jwt;
        try
        {
            jwt = await export.ExportAsync(view, http.RequestAborted);
        }
        catch (HubException refusal) when (refusal.Kind == ErrorKind.FailedPrecondition)
        {
            await RefusalResponse.WriteAsync(http, RefusalResponse.Status(Google.Rpc.Code.FailedPrecondition, refusal.Reason, refusal.Message), StatusCodes.Status409Conflict);
            return;
        }

        // It names the learner: no cache may keep it.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"open-badge-{view.Issued.CredentialId}.jwt\"";
        http.Response.ContentType = OpenBadgeExport.MediaType;
        await http.Response.WriteAsync(jwt, http.RequestAborted);
    }
}
