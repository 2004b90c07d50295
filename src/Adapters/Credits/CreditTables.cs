using System.Collections.Frozen;
using Exchange.Adapters.Common;

namespace Exchange.Adapters.Credits;

/// <summary>
/// Credit conversion factors as data (reference §2 and §8 credits_to_ects). Unverified values — the
/// legacy Kazakh cut-over, the hours per ECTS — are properties a hub can override.
/// </summary>
public sealed record CreditTables
{
    /// <summary>ECTS: 1 credit = 25–30 h of student workload [E4].</summary>
    public DecimalRange HoursPerEcts { get; init; } = new(25m, 30m);

    /// <summary>Ukrainian ECTS credit: 30 h, equal to ECTS [U12][U13][U14].</summary>
    public decimal UkrainianEctsFactor { get; init; } = 1m;

    /// <summary>Kazakh academic credit = 1 ECTS (ENIC KZ writes "academic credits/ECTS") [K1][K4].</summary>
    public decimal KazakhAcademicCreditFactor { get; init; } = 1m;

    /// <summary>Academic hours (50 min) in one Kazakh academic credit: "not less than 30" [K1][K10].</summary>
    public decimal KazakhAcademicHoursPerCredit { get; init; } = 30m;

    /// <summary>
    /// Legacy Kazakh credit → ECTS factor ranges by component [K6][K7]; results are rounded to whole
    /// credits as the sources prescribe.
    /// </summary>
    public FrozenDictionary<string, DecimalRange> KazakhLegacyFactors { get; init; } =
        new Dictionary<string, DecimalRange>(StringComparer.Ordinal)
        {
            ["bachelor_theory"] = new(1.5m, 1.8m),
            ["master_profile"] = new(2.0m, 2.4m),
            ["master_sci_ped"] = new(2.5m, 3.0m),
            ["doctorate"] = new(3.5m, 4.2m),
            ["practice_educational"] = new(0.5m, 0.6m),
            ["practice_pedagogical"] = new(1.0m, 1.2m),
            ["practice_industrial"] = new(2.5m, 3.0m),
            ["practice_research"] = new(4.0m, 4.8m),
            ["final_attestation"] = new(3.2m, 4.5m),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Latvian credit point before 11 Oct 2022 = 1.5 ECTS (40 academic h of 45 min) [L1][L2].</summary>
    public decimal LatvianLegacyFactor { get; init; } = 1.5m;

    /// <summary>Latvian credit point from 11 Oct 2022 = 1 ECTS [L1].</summary>
    public decimal LatvianCurrentFactor { get; init; } = 1m;

    /// <summary>First day of the current Latvian credit point [L1].</summary>
    public DateOnly LatvianCurrentFrom { get; init; } = new(2022, 10, 11);

    public static CreditTables Default { get; } = new();
}
