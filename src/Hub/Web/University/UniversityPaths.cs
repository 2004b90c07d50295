using Microsoft.AspNetCore.WebUtilities;

namespace Exchange.Hub.Web.University;

/// <summary>The university pages' addresses, built in one place (the pages' <c>@page</c> routes say the same).</summary>
public static class UniversityPaths
{
    public const string Cases = "/university";

    public const string Submit = "/university/submit";

    public static string Case(string caseId) => "/university/cases/" + Uri.EscapeDataString(caseId);

    /// <summary>The case's server-sent events (its status as it changes).</summary>
    public static string Events(string caseId) => Case(caseId) + "/events";

    public static string DecisionJson(string caseId) => Case(caseId) + "/decision.json";

    public static string DecisionPdf(string caseId) => Case(caseId) + "/decision.pdf";

    /// <summary>The decision as the verifiable credential the hub signed (VC-JWT).</summary>
    public static string DecisionJwt(string caseId) => Case(caseId) + "/decision.jwt";

    /// <summary>The request form with a learner's link already in it (what the verification page links to).</summary>
    public static string SubmitFrom(string link) => QueryHelpers.AddQueryString(Submit, "link", link);
}
