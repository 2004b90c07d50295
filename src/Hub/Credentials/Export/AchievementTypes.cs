using Exchange.Contracts.V1;

namespace Exchange.Hub.Credentials.Export;

/// <summary>The Open Badges 3.0 <c>achievementType</c> of each kind of credential (OB's extensible vocabulary; a kind
/// OB has no word for gets an <c>ext:</c> term).</summary>
public static class AchievementTypes
{
    public static string Of(CredentialKind kind) => kind switch
    {
        CredentialKind.MicroCredential => "MicroCredential",
        CredentialKind.Degree => "Degree",
        CredentialKind.CourseCertificate => "Course",
        CredentialKind.PartialStudies => "ext:PartialStudies",
        CredentialKind.DigitalBadge => "Badge",
        _ => "Achievement",
    };
}
