namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// A grade distribution table as the request stated it (TargetRequirements.grade_distribution): each passing grade's
/// share of the reference group, best first (ECTS Users' Guide 2015 §4.3) [E5].
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseGradeTable")]
public sealed record CaseGradeTable(
    [property: Id(0)] string ReferenceGroup,
    [property: Id(1)] IReadOnlyList<CaseGradeShare> BestFirst);

/// <summary>One grade's share of the reference group, in percent.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseGradeShare")]
public sealed record CaseGradeShare(
    [property: Id(0)] string Label,
    [property: Id(1)] decimal Percent);
