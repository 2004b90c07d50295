using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Grades;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Text;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Web.Console;

/// <summary>
/// The English names the console shows for domain values. They are the keys of the views' translations (the view
/// passes them through its localizer), so each label is written once, here, and translated per view.
/// </summary>
public static class ConsoleLabels
{
    /// <summary>Criteria in the order the rules assess them; the queue filter and the case page list them so.</summary>
    public static IReadOnlyList<Criterion> Criteria { get; } =
        [Criterion.Level, Criterion.Workload, Criterion.Quality, Criterion.Profile, Criterion.LearningOutcomes, Criterion.Access];

    public static IReadOnlyList<RecognitionPurpose> Purposes { get; } =
        [RecognitionPurpose.Admission, RecognitionPurpose.CreditTransfer, RecognitionPurpose.Employment, RecognitionPurpose.FurtherStudy];

    public static string Of(Criterion criterion) => criterion switch
    {
        Criterion.Level => "Level",
        Criterion.Workload => "Workload",
        Criterion.Quality => "Quality assurance",
        Criterion.Profile => "Profile",
        Criterion.LearningOutcomes => "Learning outcomes",
        Criterion.Access => "Access rights",
        _ => criterion.ToString(),
    };

    /// <summary>The criterion as a query value (<c>criterion=learning_outcomes</c>).</summary>
    public static string Code(Criterion criterion) => criterion switch
    {
        Criterion.LearningOutcomes => "learning_outcomes",
        _ => criterion.ToString().ToLowerInvariant(),
    };

    public static string Of(RecognitionPurpose purpose) => purpose switch
    {
        RecognitionPurpose.Admission => "Admission",
        RecognitionPurpose.CreditTransfer => "Credit transfer",
        RecognitionPurpose.Employment => "Employment",
        RecognitionPurpose.FurtherStudy => "Further study",
        _ => purpose.ToString(),
    };

    public static string Code(RecognitionPurpose purpose) => purpose switch
    {
        RecognitionPurpose.CreditTransfer => "credit_transfer",
        RecognitionPurpose.FurtherStudy => "further_study",
        _ => purpose.ToString().ToLowerInvariant(),
    };

    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.Received => "Received",
        CaseStatus.IncompleteFile => "Incomplete file",
        CaseStatus.WaitingForPeer => "Waiting for the issuing hub",
        CaseStatus.CredentialInvalid => "Credential invalid",
        CaseStatus.FileComplete => "File complete",
        CaseStatus.Verified => "Verified",
        CaseStatus.Assessed => "Assessed",
        CaseStatus.InReview => "In review",
        CaseStatus.InCommission => "Before a commission",
        CaseStatus.Decided => "Decided",
        CaseStatus.Appealed => "Appealed",
        CaseStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };

    public static string Of(Finding finding) => finding switch
    {
        Finding.NoDifference => "No difference",
        Finding.NotSubstantial => "Difference, not substantial",
        Finding.Closable => "Difference that a measure can close",
        Finding.PotentiallySubstantial => "Possibly substantial difference",
        Finding.Undetermined => "Cannot be settled from the data",
        Finding.NotConsidered => "Not considered",
        _ => finding.ToString(),
    };

    public static string Of(QualificationFramework framework) => framework switch
    {
        QualificationFramework.Eqf => "EQF",
        QualificationFramework.QfEhea => "QF-EHEA",
        QualificationFramework.UkraineNqf => "Ukraine NQF",
        QualificationFramework.KazakhstanNqf => "Kazakhstan NQF",
        QualificationFramework.LatviaLqf => "Latvia LQF",
        QualificationFramework.LatviaProfessionalLevel => "Latvian professional qualification level",
        _ => "not stated",
    };

    public static string Of(MappingMethod method) => method switch
    {
        MappingMethod.Identity => "referenced to the EQF one to one",
        MappingMethod.LegacyGenerationTable => "superseded numbering translated by a published table",
        MappingMethod.DegreeTable => "derived from the degree named on the document",
        MappingMethod.ProgrammeCode => "derived from the programme code",
        MappingMethod.ProfessionalLevelTable => "professional level translated to the LQF",
        MappingMethod.CycleBridge => "QF-EHEA cycle bridged to the EQF",
        _ => "no mapping",
    };

    public static string Of(CreditUnit unit) => unit switch
    {
        CreditUnit.Ects => "ECTS",
        CreditUnit.UkrainianEcts => "ECTS credits (Ukraine)",
        CreditUnit.KazakhAcademicCredit => "Kazakh academic credits",
        CreditUnit.KazakhLegacyCredit => "Kazakh credits (before 2018)",
        CreditUnit.LatvianCreditPoint => "Latvian credit points",
        CreditUnit.ClockHours => "clock hours",
        CreditUnit.KazakhAcademicHours => "Kazakh academic hours",
        _ => "no unit stated",
    };

    public static string Of(ConversionMethod method) => method switch
    {
        ConversionMethod.OneToOne => "one to one",
        ConversionMethod.FixedFactor => "fixed factor",
        ConversionMethod.FactorRange => "factor range",
        ConversionMethod.HoursPerCredit => "hours per credit",
        _ => "no conversion",
    };

    public static string Of(GradeConversionMethod method) => method switch
    {
        GradeConversionMethod.DistributionOverlap => "grade distribution tables compared",
        GradeConversionMethod.LinearPassAndMaximum => "linear between pass mark and maximum",
        GradeConversionMethod.IssuerMapping => "the issuer's published band table",
        _ => "no conversion",
    };

    public static string Of(GradeMeaning meaning) => meaning switch
    {
        GradeMeaning.Excellent => "excellent",
        GradeMeaning.Good => "good",
        GradeMeaning.Satisfactory => "satisfactory",
        _ => "fail",
    };

    public static string Of(Orientation orientation) => orientation switch
    {
        Orientation.Academic => "academic",
        Orientation.Professional => "professional",
        Orientation.Vocational => "vocational",
        _ => "not stated",
    };

    public static string Of(QualityAssuranceType? type) => type switch
    {
        QualityAssuranceType.ExternalEqarRegistered => "external, by an EQAR-registered agency",
        QualityAssuranceType.ExternalNational => "external, by a national agency not on EQAR",
        QualityAssuranceType.InternalOnly => "internal only",
        QualityAssuranceType.None => "none",
        _ => "not stated",
    };

    public static string Of(CoverageStatus status) => status switch
    {
        CoverageStatus.Covered => "Matched",
        CoverageStatus.WeakEvidence => "Weak evidence",
        CoverageStatus.NoCommonLanguage => "No common language to compare",
        _ => "Missing",
    };

    /// <summary>The language outcome texts were compared in, by its code ("kk", "kk-KZ"); an unknown code is shown as it is.</summary>
    public static string OfLanguage(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        return (dash > 0 ? code[..dash] : code).ToLowerInvariant() switch
        {
            "en" => "English",
            "uk" => "Ukrainian",
            "kk" => "Kazakh",
            "ru" => "Russian",
            "lv" => "Latvian",
            _ => code,
        };
    }

    public static string Of(MatchMethod method) => method switch
    {
        MatchMethod.SkillUri => "same skill (ESCO URI)",
        MatchMethod.Text => "text match",
        _ => "no match",
    };

    public static string Of(QualityAssuranceScope scope) => QualityAssuranceWords.Of(scope);

    public static string Of(QualityAssuranceOutcome outcome) => QualityAssuranceWords.Of(outcome);

    /// <summary>A check, or a verdict, that holds technically but is a person's to weigh (never read as valid).</summary>
    public const string NeedsJudgement = "Needs an officer's judgement";

    /// <summary>The checks of a verification report, in plain words.</summary>
    public static string Of(VerificationCheck check) => check switch
    {
        VerificationCheck.EnvelopeFormat => "The credential file is well formed",
        VerificationCheck.HeaderConsistency => "The file's header agrees with its content",
        VerificationCheck.HubKeyTrusted => "The issuing hub's key is trusted",
        VerificationCheck.HubAttestation => "The issuing hub vouches for the credential",
        VerificationCheck.InstitutionKeyValid => "The institution's key was valid when it signed",
        VerificationCheck.InstitutionSignature => "The institution's signature is genuine",
        VerificationCheck.EmbeddedProof => "The embedded proof holds",
        VerificationCheck.IssuerQualityAssurance => "The issuer's quality assurance is in order",
        VerificationCheck.Revocation => "The credential has not been revoked",
        VerificationCheck.Expiry => "The credential has not expired",
        VerificationCheck.ShareGrant => "The learner shared it with the requester",
        VerificationCheck.RequiredElements => "Every required element is present",
        VerificationCheck.IssuerKeyTrusted => "The issuer's key is on the trust list",
        _ => check.ToString(),
    };

    public static string Of(CaseActorKind kind) => kind switch
    {
        CaseActorKind.System => "the hub",
        CaseActorKind.Institution => "institution",
        CaseActorKind.Officer => "officer",
        CaseActorKind.CommissionMember => "commission member",
        CaseActorKind.Admin => "administrator",
        _ => kind.ToString(),
    };
}
