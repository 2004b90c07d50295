namespace Exchange.Adapters.Grades;

/// <summary>
/// A grade as awarded: value, scale, and — for Ukrainian 100-point grades — the issuer's own band table
/// from Diploma Supplement §4.4, which differs between institutions (reference §3.2).
/// </summary>
public sealed record Grade(string Value, string ScaleId, IReadOnlyList<GradeBand>? IssuerBands = null);
