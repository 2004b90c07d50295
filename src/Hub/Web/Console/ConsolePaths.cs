namespace Exchange.Hub.Web.Console;

/// <summary>The console's addresses, so links are built in one place.</summary>
public static class QueuePage
{
    public const string Path = "/console";

    public static string Case(string caseId) => "/console/cases/" + Uri.EscapeDataString(caseId);
}
