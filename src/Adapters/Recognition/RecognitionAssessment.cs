using Exchange.Adapters.Common;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Grades;
using Exchange.Adapters.Text;
using Exchange.Adapters.Validation;

namespace Exchange.Adapters.Recognition;

/// <summary>
/// The full, explainable result: one <see cref="CriterionAssessment"/> per criterion, the outcome, what
/// is recognised, and every mapping and conversion with its method and provenance.
/// </summary>
public sealed record RecognitionAssessment
{
    public required AssessmentStatus Status { get; init; }

    /// <summary>Null only when <see cref="Status"/> is <see cref="AssessmentStatus.AwaitingCompleteFile"/>.</summary>
    public RecognitionOutcome? Outcome { get; init; }

    public required RecognitionPurpose Purpose { get; init; }

    public required DateOnly AssessmentDate { get; init; }

    /// <summary>Latest decision date: complete file + the policy's deadline. Null while the file is incomplete.</summary>
    public DateOnly? DecisionDueBy { get; init; }

    public IReadOnlyList<CriterionAssessment> Criteria { get; init; } = [];

    public RecognitionScope? Scope { get; init; }

    public IReadOnlyList<ValidationResult> Validation { get; init; } = [];

    public IReadOnlyList<LevelMapping> LevelMappings { get; init; } = [];

    public HostLevelMapping? HostLevel { get; init; }

    public IReadOnlyList<CreditConversion> CreditConversions { get; init; } = [];

    public IReadOnlyList<GradeConversion> GradeConversions { get; init; } = [];

    /// <summary>The target's required workload in the host's credits: what a full recognition states. Null when the target states none.</summary>
    public CreditConversion? TargetHostCredits { get; init; }

    /// <summary>The recognised part (<see cref="RecognitionScope.RecognisedEcts"/>) in the host's credits, converted as
    /// <see cref="CreditConversions"/> are: what a partial recognition states. Null when it is unknown.</summary>
    public CreditConversion? RecognisedHostCredits { get; init; }

    public IReadOnlyList<OutcomeCoverage> OutcomeCoverage { get; init; } = [];

    /// <summary>
    /// The automatic recognition list the assessment relied on: set when every provider is on a list in force and
    /// quality or outcomes were recognised automatically because of it (the first credential's list); null otherwise.
    /// </summary>
    public AutomaticRecognitionBasis? AutomaticBasis { get; init; }

    /// <summary>Per credential in request order: the access rights the rules read, stated or derived.</summary>
    public IReadOnlyList<AccessData.CredentialAccess> Access { get; init; } = [];

    /// <summary>The one-line summary as a message.</summary>
    public required Message SummaryMessage { get; init; }

    /// <summary>The one-line summary in English.</summary>
    public string Summary => SummaryMessage.English;

    public CriterionAssessment this[Criterion criterion] => Criteria.First(c => c.Criterion == criterion);
}
