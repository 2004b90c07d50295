using Exchange.Hub.Security;

namespace Exchange.Hub.Web.LearnerRecords;

/// <summary>GET <c>/my/recognitions/{decisionId}/decision.jwt</c>: a recognition decision on one of the signed-in
/// learner's credentials as the verifiable credential the recognising hub signed (VC-JWT), to keep and show to anyone;
/// linked from <c>/my/recognitions</c>. Only the learner's own records are searched: anything else is not found.</summary>
public static class LearnerDecisionCredentialEndpoint
{
    public const string Route = "/my/recognitions/{decisionId}/decision.jwt";

    public const string MediaType = "application/vc+jwt";

    public static string PathFor(string decisionId) => $"/my/recognitions/{Uri.EscapeDataString(decisionId)}/decision.jwt";

    /// <summary>The attachment's name: the decision id with characters a file name may not hold replaced.</summary>
    public static string FileName(string decisionId) =>
        "decision-" + string.Concat(decisionId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')) + ".jwt";

    public static IEndpointRouteBuilder MapLearnerDecisionCredential(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, DownloadAsync).RequireAuthorization(WebAuth.LearnerPages);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(string decisionId, HttpContext http, IGrainFactory grains)
    {
        if (CallerIdentity.From(http.User).LearnerId is not { Length: > 0 } learnerId)
        {
            return Results.NotFound();
        }

        var credentials = await LearnerCredentials.WithRecognitionsAsync(grains, learnerId, http.RequestAborted);
        var jws = credentials.SelectMany(c => c.Recognitions)
            .FirstOrDefault(r => string.Equals(r.DecisionId, decisionId, StringComparison.Ordinal) && r.DecisionCredential is { Length: > 0 })?
            .DecisionCredential;
        if (jws is null)
        {
            return Results.NotFound();
        }

        // It names the learner's credentials and holder id: no shared cache may keep it.
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(System.Text.Encoding.ASCII.GetBytes(jws), MediaType, FileName(decisionId));
    }
}
