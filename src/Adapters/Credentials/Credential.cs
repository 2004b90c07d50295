using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Grades;

namespace Exchange.Adapters.Credentials;

/// <summary>
/// A credential as received: the EU Annex I elements, the optional ones, and the national elements of
/// Ukraine, Latvia and Kazakhstan. Everything that a validator may find missing is nullable, because an
/// incomplete file is kept, not rejected.
/// </summary>
public sealed record Credential
{
    public required string Id { get; init; }

    public CredentialKind Kind { get; init; } = CredentialKind.MicroCredential;

    // EU Annex I mandatory elements 1–11 [M2].
    public Learner? Learner { get; init; }

    public IReadOnlyList<LanguageString> Title { get; init; } = [];

    public string? IssuerCountry { get; init; }

    public Organisation? AwardingBody { get; init; }

    public DateOnly? IssueDate { get; init; }

    public IReadOnlyList<LearningOutcome> LearningOutcomes { get; init; } = [];

    public Workload? Workload { get; init; }

    /// <summary>
    /// The workload by part (a Kazakh pre-2018 transcript's theory, practice and final attestation credits, each
    /// naming its component in <see cref="Credits.Workload.UnitVersion"/>). When given, the rules convert the parts
    /// one by one and sum them; <see cref="Workload"/> stays the total as printed.
    /// </summary>
    public IReadOnlyList<Workload> WorkloadComponents { get; init; } = [];

    public LevelClaim? Level { get; init; }

    public AssessmentType AssessmentType { get; init; }

    public ParticipationForm ParticipationForm { get; init; }

    public QualityAssurance? QualityAssurance { get; init; }

    /// <summary>What the hub's quality-assurance register says about <see cref="QualityAssurance"/> on the assessment
    /// date; null when the register was not consulted or has nothing to say. The statement is evidence, the register the check.</summary>
    public QualityRegisterEvidence? QualityRegister { get; init; }

    // EU optional elements [M2].
    public string? Prerequisites { get; init; }

    public Supervision Supervision { get; init; }

    public Grade? Grade { get; init; }

    public Stackability Stackability { get; init; }

    /// <summary>Programmes the credential stacks towards, by registry programme id or, failing that, by title [M2].</summary>
    public IReadOnlyList<string> StacksTowards { get; init; } = [];

    public string? FurtherInformation { get; init; }

    // Degree data used for level mapping when no framework level is printed.
    public string? Degree { get; init; }

    public string? ProgrammeCode { get; init; }

    /// <summary>The registry id of the programme the credential was earned in, when stated; the QA register lists programmes by it.</summary>
    public string? ProgrammeId { get; init; }

    // Profile: orientation and ISCED-F 2013 field code (4 digits: broad, narrow, detailed).
    public Orientation Orientation { get; init; }

    public string? FieldCode { get; init; }

    // Latvia (seed 003): purpose, place of issue, authorising body; legal and contact data sit on AwardingBody.
    public string? Purpose { get; init; }

    public string? PlaceOfIssue { get; init; }

    public string? AuthorisingBody { get; init; }

    // Kazakhstan (seed 001): registry number for programmes in the micro-credential register, hours beside credits.
    public string? RegistryNumber { get; init; }

    public bool IsRegisteredProgramme { get; init; }

    public decimal? Hours { get; init; }

    // Ukraine (seed 000): course content.
    public string? Content { get; init; }

    /// <summary>
    /// What the credential gives access to at home (LRC Art. IV.1) [R1], as the document states it; empty when it
    /// states nothing (the rules may then derive it for a degree from <see cref="AccessData.AccessTables"/>).
    /// </summary>
    public IReadOnlyList<AccessRight> AccessRights { get; init; } = [];
}
