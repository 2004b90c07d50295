using Exchange.Contracts.V1;

namespace Exchange.Hub.Web.Learner;

/// <summary>The English names the learner's pages show for the values of a credential. They are the keys of the
/// views' translations, written once here and translated per view.</summary>
public static class CredentialLabels
{
    public static string Of(CredentialKind kind) => kind switch
    {
        CredentialKind.MicroCredential => "Micro-credential",
        CredentialKind.Degree => "Degree",
        CredentialKind.CourseCertificate => "Course certificate",
        CredentialKind.PartialStudies => "Partial studies",
        CredentialKind.DigitalBadge => "Digital badge",
        _ => "Credential",
    };

    public static string Of(WorkloadUnit unit) => unit switch
    {
        WorkloadUnit.EctsCredit => "ECTS credits",
        WorkloadUnit.KzAcademicCredit => "Kazakh academic credits",
        WorkloadUnit.LvCreditPoint => "Latvian credit points",
        WorkloadUnit.ClockHours => "hours",
        WorkloadUnit.AcademicHours => "academic hours",
        WorkloadUnit.ContactHours => "contact hours",
        _ => "units",
    };

    /// <summary>The national framework's short name; EQF and QF-EHEA are European, not national.</summary>
    public static string Of(QualificationFramework framework) => framework switch
    {
        QualificationFramework.Eqf => "EQF",
        QualificationFramework.QfEhea => "QF-EHEA",
        QualificationFramework.UaNqf => "Ukrainian NQF",
        QualificationFramework.KzNqf => "Kazakh NQF",
        QualificationFramework.LvLqf => "Latvian LQF",
        QualificationFramework.LvPql => "Latvian professional qualification level",
        _ => "Other framework",
    };

    public static string Of(AssessmentMethod method) => method switch
    {
        AssessmentMethod.WrittenExam => "Written exam",
        AssessmentMethod.OralExam => "Oral exam",
        AssessmentMethod.OnlineTest => "Online test",
        AssessmentMethod.Practical => "Practical assessment",
        AssessmentMethod.Project => "Project",
        AssessmentMethod.Portfolio => "Portfolio",
        AssessmentMethod.PeerAssessment => "Peer assessment",
        AssessmentMethod.Interview => "Interview",
        _ => "Other assessment",
    };

    public static string Of(SupervisionLevel supervision) => supervision switch
    {
        SupervisionLevel.UnsupervisedNoIdCheck => "Unsupervised, no identity check",
        SupervisionLevel.SupervisedNoIdCheck => "Supervised, no identity check",
        SupervisionLevel.SupervisedWithIdCheck => "Supervised, with identity check",
        _ => "Supervision not stated",
    };

    public static string Of(QualityAssuranceType type) => type switch
    {
        QualityAssuranceType.Internal => "Internal quality assurance",
        QualityAssuranceType.ExternalInstitutional => "External, institutional",
        QualityAssuranceType.ExternalProgramme => "External, programme",
        QualityAssuranceType.NationalRegister => "National register",
        QualityAssuranceType.ProfessionalBody => "Professional body",
        _ => "No quality assurance stated",
    };

    /// <summary>Every label above, for the translation specs.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. Enum.GetValues<CredentialKind>().Select(Of),
        .. Enum.GetValues<WorkloadUnit>().Select(Of),
        .. Enum.GetValues<QualificationFramework>().Select(Of),
        .. Enum.GetValues<AssessmentMethod>().Select(Of),
        .. Enum.GetValues<SupervisionLevel>().Select(Of),
        .. Enum.GetValues<QualityAssuranceType>().Select(Of),
    ];
}
