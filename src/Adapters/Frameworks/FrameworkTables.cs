using System.Collections.Frozen;
using Exchange.Adapters.Common;

namespace Exchange.Adapters.Frameworks;

/// <summary>
/// Every level table the mapper uses, as data. <see cref="Default"/> encodes shared/domain/reference.md
/// §1 and §8; values marked (r) there are ordinary properties so a hub can override them once verified
/// (reference §10 items 3–5) without a code change.
/// </summary>
public sealed record FrameworkTables
{
    /// <summary>
    /// First day documents use the 2017 Law-on-Education numbering. (r) — the law is of 05.09.2017, its
    /// in-force date is an open question (reference §10.3).
    /// </summary>
    public DateOnly UkraineLawOnEducation2017From { get; init; } = new(2017, 9, 28);

    /// <summary>First day of the Resolution 519 numbering; "early July 2020" per [U1][U2], exact day (r).</summary>
    public DateOnly UkraineCmu519From { get; init; } = new(2020, 7, 1);

    /// <summary>
    /// Each Ukrainian generation's level → current (2020) level. Source: reference §8 ua_nqf
    /// legacy_hes_level_map [U5][U6][U8]; Doctor of Sciences → 8 is (r). Only higher-education levels of
    /// the older schemes are published, so lower legacy levels stay unmapped and go to an officer.
    /// </summary>
    public FrozenDictionary<UkraineNqfGeneration, FrozenDictionary<int, int?>> UkraineToCurrent { get; init; } =
        new Dictionary<UkraineNqfGeneration, FrozenDictionary<int, int?>>
        {
            [UkraineNqfGeneration.Cmu1341Of2011] = Map((5, 5), (6, 6), (7, 7), (8, 8), (9, 8)),
            [UkraineNqfGeneration.LawOnEducation2017] = Map((6, 5), (7, 6), (8, 7), (9, 8), (10, 8)),
            // 2020 scheme mirrors EQF; level 0 (pre-school) has no EQF partner [U1][U3].
            [UkraineNqfGeneration.Cmu519Of2020] = new Dictionary<int, int?>
            {
                [0] = null, [1] = 1, [2] = 2, [3] = 3, [4] = 4, [5] = 5, [6] = 6, [7] = 7, [8] = 8,
            }.ToFrozenDictionary(),
        }.ToFrozenDictionary();

    /// <summary>Kazakh NQF → EQF is identity on 1–8: officials' 2016 statement [K15]; no referencing report (r).</summary>
    public bool KazakhstanIdentityVerified { get; init; }

    /// <summary>Old Latvian PQL → LQF until 31 Jul 2022 [L5]; PQL 5 spans LQF 6–7.</summary>
    public FrozenDictionary<int, LevelRange> LatviaProfessionalLevelBefore2022 { get; init; } =
        new Dictionary<int, LevelRange>
        {
            [1] = LevelRange.Exactly(2),
            [2] = LevelRange.Exactly(3),
            [3] = LevelRange.Exactly(4),
            [4] = LevelRange.Exactly(5),
            [5] = new LevelRange(6, 7),
        }.ToFrozenDictionary();

    /// <summary>Vocational Education Law amendment in force 1 Aug 2022: PQL number = LQF level [L4].</summary>
    public DateOnly LatviaProfessionalLevelRenumberedFrom { get; init; } = new(2022, 8, 1);

    /// <summary>QF-EHEA cycle (0 short … 3 third) → EQF; the customary bridge, (r) in reference §1.1.</summary>
    public FrozenDictionary<int, int> CycleToEqf { get; init; } =
        new Dictionary<int, int> { [0] = 5, [1] = 6, [2] = 7, [3] = 8 }.ToFrozenDictionary();

    /// <summary>
    /// Typical ECTS size of each QF-EHEA cycle: short ≈ 120, first 180–240, second 90–120 (at least 60 at
    /// second-cycle level), third none [E2][E3] (reference §8 eqf_qfehea.cycle_ects).
    /// </summary>
    public FrozenDictionary<int, Common.DecimalRange?> CycleTypicalEcts { get; init; } =
        new Dictionary<int, Common.DecimalRange?>
        {
            [0] = Common.DecimalRange.Point(120),
            [1] = new Common.DecimalRange(180, 240),
            [2] = new Common.DecimalRange(90, 120),
            [3] = null,
        }.ToFrozenDictionary();

    /// <summary>Minimum ECTS of a second-cycle degree that must sit at second-cycle level [E2].</summary>
    public decimal SecondCycleMinimumAtLevel { get; init; } = 60;

    /// <summary>
    /// Degree names (lower-case snake case) → current national level, per issuing country.
    /// UA: reference §8 ua_nqf.degrees [U4][U16]; KZ: kz_nqf.degrees [K1][K2][K14]; LV: lv_lqf.degrees [L3][L7][L8].
    /// </summary>
    public FrozenDictionary<string, FrozenDictionary<string, int>> DegreeLevels { get; init; } =
        new Dictionary<string, FrozenDictionary<string, int>>(StringComparer.Ordinal)
        {
            [CountryCodes.Ukraine] = Degrees(
                ("junior_bachelor", 5), ("professional_junior_bachelor", 5), ("junior_specialist", 5), ("bachelor", 6),
                ("master", 7), ("specialist", 7), ("integrated_master_medicine", 7), ("phd", 8), ("doctor_of_arts", 8)),
            [CountryCodes.Kazakhstan] = Degrees(
                ("bachelor", 6), ("master", 7), ("specialist", 7), ("residency", 7), ("phd", 8), ("doctor_by_profile", 8)),
            [CountryCodes.Latvia] = Degrees(
                ("college_first_level_prof_he", 5), ("bachelor", 6), ("prof_bachelor", 6), ("master", 7), ("prof_master", 7),
                ("doctor", 8)),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Kazakh programme code prefix → KZ NQF level; reference §8 kz_nqf.programme_code_prefix [K1][K2][K16].</summary>
    public FrozenDictionary<string, int> KazakhProgrammeCodePrefixes { get; init; } =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["6B"] = 6, ["7M"] = 7, ["7R"] = 7, ["8D"] = 8 }
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static FrameworkTables Default { get; } = new();

    private static FrozenDictionary<int, int?> Map(params (int From, int To)[] pairs) =>
        pairs.ToDictionary(p => p.From, p => (int?)p.To).ToFrozenDictionary();

    private static FrozenDictionary<string, int> Degrees(params (string Name, int Level)[] pairs) =>
        pairs.ToDictionary(p => p.Name, p => p.Level, StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);
}
