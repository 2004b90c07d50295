using Exchange.Adapters.Common;

namespace Exchange.Adapters.Credits;

/// <summary>
/// A workload exactly as stated on the document; conversions keep it beside the converted figure.
/// </summary>
/// <param name="UnitVersion">
/// Which version of the unit applies when the unit changed over time. Latvian credit points: "legacy"
/// (1 KP = 1.5 ECTS) or "2022"; absent → the document date decides. Kazakh legacy credits: the
/// component whose factor applies ("bachelor_theory", "practice_industrial", … see <see cref="CreditTables"/>).
/// </param>
public sealed record Workload(decimal Amount, CreditUnit Unit, string? UnitVersion = null)
{
    /// <summary>Upper bound when the document states a range ("150–180 h"); null for an exact amount.</summary>
    public decimal? AmountUpper { get; init; }

    /// <summary>The stated amount as a range: a point unless an upper bound above the amount is stated.</summary>
    public DecimalRange Stated => AmountUpper is { } upper && upper > Amount ? new DecimalRange(Amount, upper) : DecimalRange.Point(Amount);

    public static Workload Ects(decimal amount) => new(amount, CreditUnit.Ects);
}
