using Exchange.Adapters.Common;

namespace Exchange.Adapters.Grades;

/// <summary>
/// A converted grade with original, host range and method. Results are ranges: a Kazakh "B" spans
/// 80–84 % and can land on two host grades. The host ends carry their own band, so the host value, its ECTS
/// letter, national grade and meaning all come from the same band.
/// </summary>
public sealed record GradeConversion(
    Grade Original,
    string HostScaleId,
    string HostLowest,
    string HostHighest,
    DecimalRange HostAxis,
    GradeConversionMethod Method,
    bool SourcePassing,
    bool HostPassing,
    Provenance Provenance,
    string Explanation)
{
    public bool IsConverted => Method != GradeConversionMethod.None;

    /// <summary>The original grade's band on its scale (the issuer's own table when given).</summary>
    public GradeBand? SourceBand { get; init; }

    /// <summary>The host band of <see cref="HostLowest"/>.</summary>
    public GradeBand? HostLowBand { get; init; }

    /// <summary>The host band of <see cref="HostHighest"/>.</summary>
    public GradeBand? HostHighBand { get; init; }

    /// <summary>The method's explanation as a message (its English text is <see cref="Explanation"/>).</summary>
    public GradeMessage? Message { get; init; }

    /// <summary>Why earlier methods could not be used, and any move to keep the meaning, in order.</summary>
    public IReadOnlyList<GradeMessage> Notes { get; init; } = [];
}
