using Exchange.Adapters.Common;

namespace Exchange.Adapters.Credits;

/// <summary>
/// A converted workload with its original: officers and transcripts need original amount, unit,
/// converted credits and method side by side (reference §3.4, [I9]).
/// </summary>
public sealed record CreditConversion(
    Workload Original,
    CreditUnit TargetUnit,
    DecimalRange Converted,
    DecimalRange Factor,
    ConversionMethod Method,
    Provenance Provenance,
    string Explanation)
{
    public bool IsConverted => Method != ConversionMethod.None;

    /// <summary>Why a workload could not be converted, as a message key with arguments; null when converted.</summary>
    public Message? Why { get; init; }

    /// <summary>For a workload stated by part: each part's own conversion, summed into <see cref="Converted"/>.</summary>
    public IReadOnlyList<CreditConversion> Parts { get; init; } = [];
}
