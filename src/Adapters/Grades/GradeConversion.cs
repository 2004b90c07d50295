using Exchange.Adapters.Common;

namespace Exchange.Adapters.Grades;

/// <summary>
/// A converted grade with original, host range and method. Results are ranges: a Kazakh "B" spans
/// 80–84 % and can land on two host grades.
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
}
