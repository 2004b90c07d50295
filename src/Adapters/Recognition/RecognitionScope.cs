using Exchange.Adapters.Common;

namespace Exchange.Adapters.Recognition;

/// <summary>
/// What can be recognised and what is still missing: credits (capped at the target's), level, covered
/// target outcomes, and the measures that would close the remaining gap. For a stack of
/// micro-credentials this is the "what is still missing" answer.
/// </summary>
public sealed record RecognitionScope(
    DecimalRange? RecognisedEcts,
    decimal MissingEcts,
    int? RecognisedEqfLevel,
    IReadOnlyList<int> CoveredTargetOutcomes,
    IReadOnlyList<int> MissingTargetOutcomes,
    IReadOnlyList<Message> NotRecognised,
    IReadOnlyList<CompensatoryMeasure> CompensatoryMeasures)
{
    /// <summary>What is recognised, in one line: credits, level and covered outcomes.</summary>
    public required Message Recognised { get; init; }
}
