using System.Collections.Frozen;
using Exchange.Adapters.Common;

namespace Exchange.Adapters.AccessData;

/// <summary>
/// National access data as rules: what a higher-education degree at a given EQF level opens at home when the
/// document itself states nothing. Only further study is derived; employment and regulated professions are never
/// guessed. Values the reference marks (r), or does not state at all, carry <c>Verified = false</c> so the officer
/// sees that the derivation is provisional (reference §10), and a hub can override them once checked.
/// </summary>
public sealed record AccessTables
{
    /// <summary>
    /// Per issuing country: degree level (EQF) → the highest EQF level of programmes it opens. Source names are
    /// the values of <see cref="Credentials.AccessRight.Source"/> the derivation writes.
    /// </summary>
    public FrozenDictionary<string, NationalAccessTable> Degrees { get; init; } =
        new[]
        {
            // UA: the admission portal names NRK5/NRK6/NRK7 as entry bases [U16] (junior specialist, professional
            // junior bachelor and junior bachelor all NRK5) and a bachelor after NQF 5 takes 120–180 ECTS [U4].
            new NationalAccessTable(CountryCodes.Ukraine, "national:UA-degrees",
                Entry(5, 6, "[U4][U16]", "NQF 5 (junior bachelor, junior specialist) is an entry base for bachelor programmes."),
                Entry(6, 7, "[U16]", "NQF 6 (bachelor) is an entry base for master's programmes."),
                Entry(7, 8, "[U16]", "NQF 7 (master, specialist) is an entry base for PhD programmes."),
                Entry(8, 8, "[E2]", "The third cycle is the highest; a doctorate opens programmes up to its own level.", verified: false)),

            // KZ: the reference gives the degree levels [K1][K2][K14], not the access rules; the cycle order is
            // taken from the QF-EHEA (Kazakhstan is a full EHEA member [K17]) and is unverified.
            new NationalAccessTable(CountryCodes.Kazakhstan, "national:KZ-degrees",
                Entry(6, 7, "[K1][K14][E2]", "A bachelor (6B) is taken to open master's programmes (7M), as in the QF-EHEA cycles.", verified: false),
                Entry(7, 8, "[K1][K14][E2]", "A master or specialist (7M) is taken to open doctoral programmes (8D), as in the QF-EHEA cycles.", verified: false),
                Entry(8, 8, "[E2]", "The third cycle is the highest; a doctorate opens programmes up to its own level.", verified: false)),

            // LV: the LQF is referenced to the EQF and the QF-EHEA one-to-one [L6]; the first-level professional
            // diploma is a short-cycle qualification [L8]. The access rules themselves are not in the reference.
            new NationalAccessTable(CountryCodes.Latvia, "national:LV-degrees",
                Entry(5, 6, "[L3][L8]", "A first-level professional higher education diploma (LQF 5, short cycle) is taken to open bachelor programmes.", verified: false),
                Entry(6, 7, "[L3][L6]", "A bachelor or professional bachelor (LQF 6) is taken to open master's programmes.", verified: false),
                Entry(7, 8, "[L3][L6]", "A master or professional master (LQF 7) is taken to open doctoral programmes.", verified: false),
                Entry(8, 8, "[E2]", "The third cycle is the highest; a doctorate opens programmes up to its own level.", verified: false)),
        }.ToFrozenDictionary(t => t.Country, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Any other issuing country: the QF-EHEA cycle order (short → first → second → third) [E2], bridged to EQF
    /// 5–8 by the customary reading (reference §1.1, r).
    /// </summary>
    public NationalAccessTable Cycles { get; init; } = new("", "national:QF-EHEA-cycles",
        Entry(5, 6, "[E2]", "A short-cycle qualification is taken to open first-cycle programmes.", verified: false),
        Entry(6, 7, "[E2]", "A first-cycle qualification is taken to open second-cycle programmes.", verified: false),
        Entry(7, 8, "[E2]", "A second-cycle qualification is taken to open third-cycle programmes.", verified: false),
        Entry(8, 8, "[E2]", "The third cycle is the highest; a doctorate opens programmes up to its own level.", verified: false));

    public static AccessTables Default { get; } = new();

    /// <summary>The table for an issuing country, or the QF-EHEA cycles for any other country.</summary>
    public NationalAccessTable For(string? country) =>
        country is not null && Degrees.TryGetValue(country, out var table) ? table : Cycles;

    private static (int, NationalAccessEntry) Entry(int degreeLevel, int opens, string keys, string note, bool verified = true) =>
        (degreeLevel, new NationalAccessEntry(opens, new Provenance(keys, note, verified)));
}

/// <summary>One country's access data: degree EQF level → what it opens, under one source name.</summary>
public sealed record NationalAccessTable(string Country, string Source, FrozenDictionary<int, NationalAccessEntry> ByLevel)
{
    public NationalAccessTable(string country, string source, params (int Level, NationalAccessEntry Entry)[] entries)
        : this(country, source, entries.ToDictionary(e => e.Level, e => e.Entry).ToFrozenDictionary())
    {
    }
}

/// <summary>A degree at this level opens further study up to <see cref="FurtherStudyEqf"/>; with its provenance.</summary>
public sealed record NationalAccessEntry(int FurtherStudyEqf, Provenance Provenance);
