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
    public static Workload Ects(decimal amount) => new(amount, CreditUnit.Ects);
}
