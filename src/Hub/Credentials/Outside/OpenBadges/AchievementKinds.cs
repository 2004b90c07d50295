using Exchange.Adapters.Credentials;

namespace Exchange.Hub.Credentials.Outside.OpenBadges;

/// <summary>The kind of credential an OB 3.0 achievementType (or Exchange's ext: terms) says, which decides whether
/// the EU micro-credential elements apply; an unknown or absent type is a micro-credential (a badge).</summary>
public static class AchievementKinds
{
    public static CredentialKind Of(string? achievementType) => achievementType switch
    {
        "Degree" or "AssociateDegree" or "BachelorDegree" or "MasterDegree" or "DoctoralDegree" or "ProfessionalDoctorate"
            or "ResearchDoctorate" or "Diploma" or "ext:Degree" => CredentialKind.Degree,
        "Course" or "ext:PartialStudies" or "ext:CourseCertificate" => CredentialKind.CourseResult,
        "Certification" or "License" or "ApprenticeshipCertificate" or "JourneymanCertificate" or "MasterCertificate" => CredentialKind.VocationalQualification,
        _ => CredentialKind.MicroCredential,
    };
}
