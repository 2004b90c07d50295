namespace Exchange.Hub.Web.Records;

/// <summary>Where the console shows one case; the record pages link there only for a viewer who may open it.</summary>
public static class CaseLinks
{
    public static string Case(string caseId) => "/console/cases/" + Uri.EscapeDataString(caseId);
}
