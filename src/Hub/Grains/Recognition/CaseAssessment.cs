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
    [property: Id(6)] string Rule)
{
    /// <summary>Upper end of the original when the credential stated a range; null for an exact amount.</summary>
    [Id(50)] public decimal? OriginalAmountUpper { get; init; }

    /// <summary>For a workload stated by part: each part and its conversion to ECTS, summed into this credit.</summary>
    [Id(51)] public IReadOnlyList<CaseCreditConversion> Parts { get; init; } = [];
}

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
    [property: Id(4)] decimal? Ects)
{
    /// <summary>The description as a message when the rules wrote it; null for a measure an officer wrote.</summary>
    [Id(70)] public CaseMessage? DescriptionMessage { get; init; }

    /// <summary>Date by which the measure is to be completed: the policy's period on an automatic partial decision,
    /// what the officer set on theirs; null when none is set.</summary>
    [Id(50)] public DateTimeOffset? CompleteBy { get; init; }

    /// <summary>Target outcome ids the measure covers (bridging modules).</summary>
    [Id(51)] public IReadOnlyList<string> OutcomeIds { get; init; } = [];
}

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

    /// <summary>Ids of the target's outcomes the rules found evidenced (all of them when they accepted the outcomes
    /// without comparison).</summary>
    [Id(50)] public IReadOnlyList<string> CoveredOutcomeIds { get; init; } = [];

    /// <summary>Ids of the target's outcomes the rules found not evidenced.</summary>
    [Id(51)] public IReadOnlyList<string> MissingOutcomeIds { get; init; } = [];

    /// <summary>The target's required workload in host credits (what a full recognition states); null when it states none.</summary>
    [Id(52)] public CaseWorkload? TargetWorkload { get; init; }

    /// <summary>The recognised part in host credits (what a partial recognition states); null when unknown.</summary>
    [Id(53)] public CaseWorkload? RecognisedWorkload { get; init; }

    /// <summary>The summary as a message (null for cases assessed before messages were kept).</summary>
    [Id(70)] public CaseMessage? SummaryMessage { get; init; }

    /// <summary>What is recognised, as a message.</summary>
    [Id(71)] public CaseMessage? RecognisedScopeMessage { get; init; }

    /// <summary>Each part not recognised, as a message (joined with "; " in <see cref="NotRecognisedScope"/>).</summary>
    [Id(72)] public IReadOnlyList<CaseMessage> NotRecognisedMessages { get; init; } = [];

    /// <summary>How far the credentials go towards each qualification they stack towards (empty when none is named).</summary>
    [Id(55)] public IReadOnlyList<Stacking.CaseStackProgress> StackProgress { get; init; } = [];

    /// <summary>The automatic recognition list quality and outcomes were recognised under; null when none was relied on.</summary>
    [Id(65)] public CaseAutomaticBasis? AutomaticBasis { get; init; }
}

/// <summary>A workload in one unit, a range when its conversion gave one.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseWorkload")]
public sealed record CaseWorkload(
    [property: Id(0)] decimal Min,
    [property: Id(1)] decimal Max,
    [property: Id(2)] Exchange.Adapters.Credits.CreditUnit Unit)
{
    public static CaseWorkload? From(Exchange.Adapters.Credits.CreditConversion? c) =>
        c is { IsConverted: true } ? new CaseWorkload(c.Converted.Min, c.Converted.Max, c.TargetUnit) : null;
}
