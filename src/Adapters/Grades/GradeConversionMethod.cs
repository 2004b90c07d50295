namespace Exchange.Adapters.Grades;

/// <summary>Conversion methods in order of preference (reference §8 conversion_method_order).</summary>
public enum GradeConversionMethod
{
    None = 0,

    /// <summary>Overlap of the two grade distribution tables (Egracons practice) [E5][E6].</summary>
    DistributionOverlap,

    /// <summary>Linear interpolation anchored on pass mark and maximum (fallback) [I9].</summary>
    LinearPassAndMaximum,
}
