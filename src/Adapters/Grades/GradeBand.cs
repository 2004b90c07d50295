namespace Exchange.Adapters.Grades;

/// <summary>
/// One grade of a scale as an interval on the scale's numeric axis (points, percent, or rank for ECTS
/// letters). <see cref="EctsLetter"/> and <see cref="Gpa"/> carry the published equivalents, if any;
/// <see cref="Meaning"/>, <see cref="Name"/> and <see cref="National"/> what the band says, where the scale names it.
/// </summary>
/// <param name="Meaning">The band's class (excellent, good, satisfactory, fail); null when the scale does not name its bands.</param>
/// <param name="Name">The band's own wording, e.g. "ļoti labi (very good)".</param>
/// <param name="National">The national grade the band is, e.g. "4" on the Ukrainian 4-point scale.</param>
public sealed record GradeBand(
    string Label,
    decimal Low,
    decimal High,
    bool Passing,
    string? EctsLetter = null,
    decimal? Gpa = null,
    GradeMeaning? Meaning = null,
    string? Name = null,
    string? National = null)
{
    public bool Contains(decimal value) => value >= Low && value <= High;

    /// <summary>Whether the band carries <paramref name="letter"/> among its ECTS letters ("E/FX" carries E and FX).</summary>
    public bool HasEctsLetter(string letter) =>
        EctsLetter is { } own && own.Split('/').Any(l => string.Equals(l.Trim(), letter, StringComparison.OrdinalIgnoreCase));
}
