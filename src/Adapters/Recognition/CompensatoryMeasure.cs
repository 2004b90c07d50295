using Exchange.Adapters.Common;

namespace Exchange.Adapters.Recognition;

/// <summary>Kinds of measure that close a gap found in a partial recognition [R6].</summary>
public enum MeasureKind
{
    /// <summary>Earn the missing credits.</summary>
    AdditionalCredits = 1,

    /// <summary>A bridging course or module for the listed outcomes.</summary>
    BridgingModule,
}

/// <summary>A measure that would close a gap, with what it covers.</summary>
public sealed record CompensatoryMeasure(MeasureKind Kind, Message Description, decimal? Ects, IReadOnlyList<int> TargetOutcomes);
