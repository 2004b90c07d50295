namespace Exchange.Adapters.Grades;

/// <summary>
/// Conversion methods; tried in the order of reference §8 conversion_method_order: distribution overlap, the
/// issuer's published mapping, linear. Numbers are kept in stored cases, so a new method only ever appends.
/// </summary>
public enum GradeConversionMethod
{
    None = 0,

    /// <summary>Overlap of the two grade distribution tables (Egracons practice) [E5][E6].</summary>
    DistributionOverlap = 1,

    /// <summary>Linear interpolation anchored on pass mark and maximum (fallback) [I9].</summary>
    LinearPassAndMaximum = 2,

    /// <summary>The issuer's band table: its ECTS letter or national grade read on the host scale [U15][E5].</summary>
    IssuerMapping = 3,
}
