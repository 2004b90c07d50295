using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;

namespace Exchange.Adapters.Recognition;

/// <summary>The kind of host-side target.</summary>
public enum TargetKind
{
    Programme = 1,
    Course,
    Activity,
}

/// <summary>
/// What the credential is compared against in the host country: a programme, course or activity with
/// its required level, workload, quality expectation, profile and learning outcomes. Leave a requirement
/// null when the target sets none; that criterion is then not considered.
/// </summary>
public sealed record RecognitionTarget
{
    public required string Id { get; init; }

    public required string Country { get; init; }

    public required string Title { get; init; }

    public TargetKind Kind { get; init; } = TargetKind.Course;

    public int? RequiredEqfLevel { get; init; }

    /// <summary>
    /// The EQF level of the programme itself (a master's programme: 7), for access to further study. When null, a
    /// programme is taken to sit one level above <see cref="RequiredEqfLevel"/> (a bachelor for a master).
    /// </summary>
    public int? ProgrammeEqfLevel { get; init; }

    public decimal? RequiredEcts { get; init; }

    /// <summary>Upper end when the requirement is a range (a range stated by the host, or one its conversion to ECTS
    /// produced, e.g. clock hours); null or equal to <see cref="RequiredEcts"/> for an exact requirement.</summary>
    public decimal? RequiredEctsUpper { get; init; }

    /// <summary>The requirement as a range; null when the target sets none.</summary>
    public Common.DecimalRange? RequiredRange =>
        RequiredEcts is { } min ? new Common.DecimalRange(min, Math.Max(min, RequiredEctsUpper ?? min)) : null;

    public bool RequiresExternalQualityAssurance { get; init; } = true;

    /// <summary>The agency behind each credential must be registered in EQAR on the assessment date (per the hub's register).</summary>
    public bool RequireEqarAgency { get; init; }

    /// <summary>Each credential's programme must have a programme listing on the register valid on the assessment date.</summary>
    public bool RequireListedProgramme { get; init; }

    /// <summary>Agencies the target accepts in any case (register ids or DEQAR ids), beyond EQAR-registered ones.</summary>
    public IReadOnlyList<string> AcceptedAgencyIds { get; init; } = [];

    public Orientation Orientation { get; init; }

    /// <summary>ISCED-F 2013 field code of the target (e.g. "0613").</summary>
    public string? FieldCode { get; init; }

    public IReadOnlyList<LearningOutcome> Outcomes { get; init; } = [];

    public CreditUnit HostCreditUnit { get; init; } = CreditUnit.Ects;

    public QualificationFramework HostFramework { get; init; } = QualificationFramework.Eqf;

    public string? HostGradeScaleId { get; init; }

    /// <summary>The host's grade distribution table for the target's reference group, if published.</summary>
    public Grades.GradeDistributionTable? HostGradeDistribution { get; init; }
}
