using Exchange.Adapters.Common;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;

namespace Exchange.Adapters.Recognition.Stacking;

/// <summary>
/// How far the credentials that stack towards one qualification go, and what is still missing: workload in the
/// qualification's credits (a range stays a range), outcomes covered and missing by id, level, and whether every
/// stated requirement is met. When the qualification's requirements are unknown nothing is measured, and the
/// progress says so instead of guessing.
/// </summary>
public sealed record StackProgress
{
    /// <summary>The registry programme id, or the title as the credentials name it when no programme has that id.</summary>
    public required string QualificationId { get; init; }

    /// <summary>The registry's title; null when the requirements are unknown.</summary>
    public string? QualificationTitle { get; init; }

    public required bool RequirementsKnown { get; init; }

    /// <summary>Each counted credential once, in the order given.</summary>
    public required IReadOnlyList<string> CredentialIds { get; init; }

    /// <summary>The qualification's unit; ECTS when its requirements or workload are unknown.</summary>
    public CreditUnit Unit { get; init; } = CreditUnit.Ects;

    /// <summary>Earned workload in <see cref="Unit"/>: the counted credentials' summed conversions.</summary>
    public DecimalRange? Earned { get; init; }

    /// <summary>Credentials whose workload is missing or cannot be converted: not counted in <see cref="Earned"/>.</summary>
    public IReadOnlyList<string> UncountedCredentialIds { get; init; } = [];

    public decimal? Required { get; init; }

    /// <summary>Required minus earned, never below zero; null when either is unknown.</summary>
    public DecimalRange? Missing { get; init; }

    public IReadOnlyList<string> CoveredOutcomeIds { get; init; } = [];

    /// <summary>Outcomes no credential covers.</summary>
    public IReadOnlyList<string> MissingOutcomeIds { get; init; } = [];

    /// <summary>Outcomes with weak evidence or no comparable language: an officer reads them; not yet covered.</summary>
    public IReadOnlyList<string> UncertainOutcomeIds { get; init; } = [];

    public int? RequiredEqfLevel { get; init; }

    /// <summary>The lowest EQF level among the counted credentials; null if any is unknown.</summary>
    public LevelRange? LowestEqfLevel { get; init; }

    /// <summary>The lowest level is (possibly) below the qualification's.</summary>
    public bool LevelShortfall { get; init; }

    /// <summary>Every stated requirement is met and nothing is left unknown.</summary>
    public bool Complete { get; init; }

    /// <summary>The headline: earned of required towards the qualification, or why progress cannot be measured.</summary>
    public required StackMessage Summary { get; init; }

    /// <summary>What is missing or uncertain, one message each.</summary>
    public IReadOnlyList<StackMessage> Details { get; init; } = [];
}
