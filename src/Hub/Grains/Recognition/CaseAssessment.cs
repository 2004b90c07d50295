using Exchange.Adapters.Recognition;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// The comparison on one criterion, kept with the case: the rules' finding, its measured size, explanation
/// (English plus message key and arguments), the evidence it rests on, and whether an officer confirmed it.
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseDifference")]
public sealed record CaseDifference(
    [property: Id(0)] Criterion Criterion,
    [property: Id(1)] Finding Finding,
    [property: Id(2)] bool PotentiallySubstantial,
    [property: Id(3)] bool ConfirmedSubstantial,
    [property: Id(4)] decimal? MeasuredDifference,
    [property: Id(5)] string? Unit,
    [property: Id(6)] string Explanation,
    [property: Id(7)] string MessageKey,
    [property: Id(8)] IReadOnlyDictionary<string, string> Arguments,
    [property: Id(9)] IReadOnlyList<string> Evidence)
{
    public bool DifferenceFound => Finding is not (Finding.NoDifference or Finding.NotConsidered);
}

/// <summary>Credits recognised from one credential: original workload and the host conversion.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseCredit")]
public sealed record CaseCredit(
    [property: Id(0)] string CredentialId,
    [property: Id(1)] decimal OriginalAmount,
    [property: Id(2)] Exchange.Adapters.Credits.CreditUnit OriginalUnit,
    [property: Id(3)] decimal ConvertedMin,
    [property: Id(4)] decimal ConvertedMax,
    [property: Id(5)] Exchange.Adapters.Credits.CreditUnit ConvertedUnit,
    [property: Id(6)] string Rule);

/// <summary>A converted grade: original, host range and how it was converted.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseGrade")]
public sealed record CaseGrade(
    [property: Id(0)] string CredentialId,
    [property: Id(1)] string OriginalValue,
    [property: Id(2)] string OriginalScale,
    [property: Id(3)] string HostScale,
    [property: Id(4)] string HostLowest,
    [property: Id(5)] string HostHighest,
    [property: Id(6)] Exchange.Adapters.Grades.GradeConversionMethod Method,
    [property: Id(7)] string Explanation)
{
    /// <summary>ECTS letters, national grades, meanings and the texts as keys; null for cases assessed before it was kept.</summary>
    [Id(45)] public CaseGradeReading? Reading { get; init; }
}

/// <summary>A compensatory measure (partial recognition).</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseMeasure")]
public sealed record CaseMeasure(
    [property: Id(0)] string MeasureId,
    [property: Id(1)] CaseMeasureKind Kind,
    [property: Id(2)] IReadOnlyList<LocalText> Description,
    [property: Id(3)] IReadOnlyList<Criterion> Closes,
    [property: Id(4)] decimal? Ects);

/// <summary>Kinds of compensatory measure (recognition.proto CompensatoryMeasureKind, same numbers).</summary>
public enum CaseMeasureKind
{
    Exam = 1,
    Course = 2,
    AdditionalCredits = 3,
    Practice = 4,
    Interview = 5,
    Other = 15,
}

/// <summary>The recognised level in the host framework, with its EQF level.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseLevel")]
public sealed record CaseLevel(
    [property: Id(0)] Exchange.Adapters.Frameworks.QualificationFramework Framework,
    [property: Id(1)] int Level,
    [property: Id(2)] int EqfLevel);

/// <summary>The rules' assessment of a complete file, as kept with the case for officers and decisions.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseAssessment")]
public sealed record CaseAssessment(
    [property: Id(0)] RecognitionOutcome Outcome,
    [property: Id(1)] string Summary,
    [property: Id(2)] IReadOnlyList<CaseDifference> Differences,
    [property: Id(3)] CaseLevel? RecognisedLevel,
    [property: Id(4)] IReadOnlyList<CaseCredit> Credits,
    [property: Id(5)] IReadOnlyList<CaseGrade> Grades,
    [property: Id(6)] IReadOnlyList<CaseMeasure> Measures,
    [property: Id(7)] string RecognisedScope,
    [property: Id(8)] string NotRecognisedScope)
{
    public IReadOnlyList<Criterion> Flagged => [.. Differences.Where(d => d.PotentiallySubstantial).Select(d => d.Criterion)];

    /// <summary>Each credential as the rules read it, in request order (empty for cases assessed before it was kept).</summary>
    [Id(9)] public IReadOnlyList<CaseCredentialEvidence> CredentialEvidence { get; init; } = [];

    /// <summary>The host requirement in EQF and ECTS, as compared.</summary>
    [Id(10)] public CaseTargetEvidence? TargetEvidence { get; init; }

    /// <summary>The host level the file's lowest EQF level corresponds to.</summary>
    [Id(11)] public CaseHostLevel? HostLevel { get; init; }

    /// <summary>Each outcome of the host requirement, matched or missing.</summary>
    [Id(12)] public IReadOnlyList<CaseOutcomeMatch> OutcomeMatches { get; init; } = [];
}
