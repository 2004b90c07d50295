using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;

namespace Exchange.Adapters.Recognition.Stacking;

/// <summary>One learning outcome of a qualification, with the id its registry gives it (e.g. "LO2").</summary>
public sealed record QualificationOutcome(string Id, LearningOutcome Outcome);

/// <summary>
/// What a qualification that micro-credentials stack towards requires, as its registry states it: workload in
/// its own credits, learning outcomes with ids, level. A requirement the registry does not state is null (or
/// empty) and is then not measured.
/// </summary>
public sealed record QualificationRequirements
{
    /// <summary>The registry's programme id; credentials name it in their stackability element.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>Workload in the qualification's own unit (e.g. 60 Ukrainian ECTS, 60 Kazakh academic credits).</summary>
    public Workload? Workload { get; init; }

    public IReadOnlyList<QualificationOutcome> Outcomes { get; init; } = [];

    /// <summary>The qualification's level as its registry states it (national framework or EQF).</summary>
    public LevelClaim? Level { get; init; }
}
