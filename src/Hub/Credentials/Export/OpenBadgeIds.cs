namespace Exchange.Hub.Credentials.Export;

/// <summary>
/// The ids an export gives its nodes: URNs under the hub id, stable across exports of the same credential, so two
/// exports name the same credential, learner, achievement and institution.
/// </summary>
public static class OpenBadgeIds
{
    public static string Credential(string hubId, string credentialId) => $"urn:exchange:{hubId}:credential:{credentialId}";

    public static string Learner(string hubId, string learnerId) => $"urn:exchange:{hubId}:learner:{learnerId}";

    /// <summary>The programme the credential was earned in when there is one, else the credential itself.</summary>
    public static string Achievement(string hubId, string programmeId, string credentialId) =>
        $"urn:exchange:{hubId}:achievement:{(programmeId.Length > 0 ? programmeId : credentialId)}";

    public static string Institution(string hubId, string institutionId) => $"urn:exchange:{hubId}:institution:{institutionId}";
}
