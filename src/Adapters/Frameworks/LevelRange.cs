using System.Globalization;

namespace Exchange.Adapters.Frameworks;

/// <summary>
/// An EQF level or band of levels. Old Latvian PQL 5 covers LQF 6 and 7, so a mapping is a range.
/// </summary>
public readonly record struct LevelRange(int Min, int Max)
{
    public static LevelRange Exactly(int level) => new(level, level);

    public bool IsExact => Min == Max;

    public override string ToString() =>
        IsExact ? Min.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{Min}–{Max}");
}
