namespace Exchange.Adapters.Grades;

/// <summary>
/// A grade as awarded: value, scale, and — for Ukrainian 100-point grades — the issuer's own band table
/// from Diploma Supplement §4.4, which differs between institutions (reference §3.2).
/// </summary>
/// <param name="Distribution">The issuer's grade distribution table for the reference group, when the
/// transcript or Diploma Supplement publishes one; preferred over linear conversion [E5].</param>
public sealed record Grade(string Value, string ScaleId, IReadOnlyList<GradeBand>? IssuerBands = null, GradeDistributionTable? Distribution = null);
