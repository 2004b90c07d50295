namespace Exchange.Hub.Web.Learner;

/// <summary>Where the learner's pages live, built in one place so links and redirects agree.</summary>
public static class LearnerPaths
{
    public const string Home = "/my";

    public static string Credential(string credentialId) => $"/my/credentials/{Uri.EscapeDataString(credentialId)}";

    public static string Share(string credentialId, string shareId) => $"{Credential(credentialId)}/shares/{Uri.EscapeDataString(shareId)}";

    /// <summary>The printable credential of a share (helper F's endpoint).</summary>
    public static string SharePdf(string credentialId, string shareId) => Share(credentialId, shareId) + "/credential.pdf";
}
