namespace Exchange.Adapters.Grades;

/// <summary>
/// One grade of a scale as an interval on the scale's numeric axis (points, percent, or rank for ECTS
/// letters). <see cref="EctsLetter"/> and <see cref="Gpa"/> carry the published equivalents, if any.
/// </summary>
public sealed record GradeBand(string Label, decimal Low, decimal High, bool Passing, string? EctsLetter = null, decimal? Gpa = null)
{
    public bool Contains(decimal value) => value >= Low && value <= High;
}
