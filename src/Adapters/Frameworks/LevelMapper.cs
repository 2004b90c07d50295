using System.Globalization;
using Exchange.Adapters.Common;

namespace Exchange.Adapters.Frameworks;

/// <summary>
/// Places any level claim on the EQF and from the EQF into a host framework, always with method and
/// provenance. Pure: the document date is an input, never the clock.
/// </summary>
public sealed class LevelMapper
{
    private static readonly Provenance EqfItself = new("[E1]", "EQF level taken as stated.");
    private static readonly Provenance UkraineCurrent = new("[U1][U2][U3]", "Ukrainian NQF (CMU 519/2020) mirrors EQF 1–8.");
    private static readonly Provenance UkraineLegacy = new("[U5][U6][U8]", "Ukrainian legacy NQF numbering translated to the 2020 scheme; Doctor of Sciences → 8 is unverified.", Verified: false);
    private static readonly Provenance KazakhIdentity = new("[K14][K15]", "Kazakh NQF taken as equal to EQF; no referencing report found.", Verified: false);
    private static readonly Provenance LatviaIdentity = new("[L3][L6]", "LQF referenced to EQF one-to-one (2011).");
    private static readonly Provenance LatviaPqlBefore = new("[L5]", "Professional qualification level before 1 Aug 2022.");
    private static readonly Provenance LatviaPqlAfter = new("[L4]", "Professional qualification level equals LQF since 1 Aug 2022.");
    private static readonly Provenance Cycles = new("[E2][E3]", "QF-EHEA cycle bridged to EQF (customary reading).", Verified: false);
    private static readonly Provenance KazakhCodes = new("[K1][K2][K16]", "Kazakh programme code prefix.");

    private readonly FrameworkTables _tables;

    public LevelMapper(FrameworkTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _tables = tables;
    }

    public FrameworkTables Tables => _tables;

    /// <summary>Selects the Ukrainian numbering a document uses: the declared scheme wins, else its date.</summary>
    public UkraineNqfGeneration UkraineGeneration(string? declaredVersion, DateOnly? documentDate)
    {
        switch (declaredVersion)
        {
            case "2011":
                return UkraineNqfGeneration.Cmu1341Of2011;
            case "2017":
                return UkraineNqfGeneration.LawOnEducation2017;
            case "2020":
                return UkraineNqfGeneration.Cmu519Of2020;
            default:
                break;
        }

        if (documentDate is not { } date)
        {
            return UkraineNqfGeneration.Unspecified;
        }

        if (date >= _tables.UkraineCmu519From)
        {
            return UkraineNqfGeneration.Cmu519Of2020;
        }

        return date >= _tables.UkraineLawOnEducation2017From
            ? UkraineNqfGeneration.LawOnEducation2017
            : UkraineNqfGeneration.Cmu1341Of2011;
    }

    /// <summary>Normalises a level claim to EQF.</summary>
    /// <param name="claim">The level as printed.</param>
    /// <param name="documentDate">Issue date; selects the framework generation when none is declared.</param>
    public LevelMapping ToEqf(LevelClaim claim, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Framework switch
        {
            QualificationFramework.Eqf => InRange(claim, 1, 8)
                ? Mapped(claim, LevelRange.Exactly(claim.Level), MappingMethod.Identity, "EQF", EqfItself)
                : Unmapped(claim, "EQF", EqfItself, Message.Of("level_mapping.eqf_range", "EQF has levels 1–8 only.")),
            QualificationFramework.QfEhea => _tables.CycleToEqf.TryGetValue(claim.Level, out var eqf)
                ? Mapped(claim, LevelRange.Exactly(eqf), MappingMethod.CycleBridge, "QF-EHEA 2018", Cycles)
                : Unmapped(claim, "QF-EHEA 2018", Cycles, Message.Of("level_mapping.ehea_range", "QF-EHEA has four cycles (0 short … 3 third).")),
            QualificationFramework.UkraineNqf => Ukraine(claim, documentDate),
            QualificationFramework.KazakhstanNqf => InRange(claim, 1, 8)
                ? Mapped(claim, LevelRange.Exactly(claim.Level), MappingMethod.Identity, "KZ NQF 2016", KazakhProvenance())
                : Unmapped(claim, "KZ NQF 2016", KazakhProvenance(), Message.Of("level_mapping.kz_range", "The Kazakh NQF has levels 1–8.")),
            QualificationFramework.LatviaLqf => InRange(claim, 1, 8)
                ? Mapped(claim, LevelRange.Exactly(claim.Level), MappingMethod.Identity, "LQF", LatviaIdentity)
                : Unmapped(claim, "LQF", LatviaIdentity, Message.Of("level_mapping.lqf_range", "The LQF has levels 1–8.")),
            QualificationFramework.LatviaProfessionalLevel => LatviaProfessional(claim, documentDate),
            _ => Unmapped(claim, "unknown", EqfItself, Message.Of("level_mapping.framework_unknown", "The framework is not specified.")),
        };
    }

    /// <summary>Maps a degree name (e.g. "bachelor") awarded in a country to EQF via its national level.</summary>
    public LevelMapping FromDegree(string country, string degree)
    {
        ArgumentNullException.ThrowIfNull(degree);
        var framework = NationalFramework(country);
        var claim = new LevelClaim(framework, 0, "degree:" + degree);
        if (!_tables.DegreeLevels.TryGetValue(country, out var degrees) || !degrees.TryGetValue(degree, out var level))
        {
            return Unmapped(claim, "degree table", EqfItself, Message.Of("level_mapping.degree_unknown",
                string.Create(CultureInfo.InvariantCulture, $"No level is known for degree '{degree}' in {country}."), Arg("degree", degree), Arg("country", country)));
        }

        var national = claim with { Level = level, FrameworkVersion = null };
        var viaNational = ToEqf(national, null);
        var current = framework == QualificationFramework.UkraineNqf
            ? ToEqf(national with { FrameworkVersion = "2020" }, null)
            : viaNational;
        return current with
        {
            Source = claim with { Level = level },
            Method = MappingMethod.DegreeTable,
            Explanation = string.Create(CultureInfo.InvariantCulture, $"Degree '{degree}' ({country}) sits at national level {level}; {current.Explanation}"),
        };
    }

    /// <summary>Maps a Kazakh programme code such as "6B06101" to EQF by its prefix.</summary>
    public LevelMapping FromProgrammeCode(string programmeCode)
    {
        ArgumentNullException.ThrowIfNull(programmeCode);
        var claim = new LevelClaim(QualificationFramework.KazakhstanNqf, 0, "code:" + programmeCode);
        if (programmeCode.Length < 2 || !_tables.KazakhProgrammeCodePrefixes.TryGetValue(programmeCode[..2], out var level))
        {
            return Unmapped(claim, "KZ programme codes", KazakhCodes, Message.Of("level_mapping.kz_code_unknown", "The programme code has no known level prefix (6B, 7M, 7R, 8D)."));
        }

        return Mapped(claim with { Level = level }, LevelRange.Exactly(level), MappingMethod.ProgrammeCode, "KZ programme codes", KazakhCodes) with
        {
            Explanation = string.Create(CultureInfo.InvariantCulture, $"Programme code {programmeCode} denotes KZ NQF level {level}, taken as EQF {level}."),
        };
    }

    /// <summary>Expresses an EQF level in a host framework.</summary>
    public HostLevelMapping FromEqf(int eqfLevel, QualificationFramework host)
    {
        switch (host)
        {
            case QualificationFramework.Eqf when eqfLevel is >= 1 and <= 8:
                return new HostLevelMapping(eqfLevel, LevelClaim.Eqf(eqfLevel), EqfItself, "Same framework.");
            case QualificationFramework.UkraineNqf when eqfLevel is >= 1 and <= 8:
                return new HostLevelMapping(eqfLevel, new LevelClaim(host, eqfLevel, "2020"), UkraineCurrent, Say($"EQF {eqfLevel} = Ukrainian NQF {eqfLevel} (2020 scheme)."));
            case QualificationFramework.KazakhstanNqf when eqfLevel is >= 1 and <= 8:
                return new HostLevelMapping(eqfLevel, new LevelClaim(host, eqfLevel), KazakhProvenance(), Say($"EQF {eqfLevel} taken as KZ NQF {eqfLevel}."));
            case QualificationFramework.LatviaLqf when eqfLevel is >= 1 and <= 8:
                return new HostLevelMapping(eqfLevel, new LevelClaim(host, eqfLevel), LatviaIdentity, Say($"EQF {eqfLevel} = LQF {eqfLevel}."));
            case QualificationFramework.QfEhea:
                foreach (var (cycle, eqf) in _tables.CycleToEqf)
                {
                    if (eqf == eqfLevel)
                    {
                        return new HostLevelMapping(eqfLevel, new LevelClaim(host, cycle), Cycles, Say($"EQF {eqfLevel} corresponds to QF-EHEA cycle {cycle}."));
                    }
                }

                return new HostLevelMapping(eqfLevel, null, Cycles, Say($"EQF {eqfLevel} has no QF-EHEA cycle."));
            default:
                return new HostLevelMapping(eqfLevel, null, EqfItself, Say($"EQF {eqfLevel} has no partner level in {host}."));
        }
    }

    private static QualificationFramework NationalFramework(string country) => country switch
    {
        CountryCodes.Ukraine => QualificationFramework.UkraineNqf,
        CountryCodes.Kazakhstan => QualificationFramework.KazakhstanNqf,
        CountryCodes.Latvia => QualificationFramework.LatviaLqf,
        _ => QualificationFramework.Unspecified,
    };

    private LevelMapping Ukraine(LevelClaim claim, DateOnly? documentDate)
    {
        var generation = UkraineGeneration(claim.FrameworkVersion, documentDate);
        if (generation == UkraineNqfGeneration.Unspecified)
        {
            return Unmapped(claim, "UA NQF ?", UkraineLegacy, Message.Of("level_mapping.ua_scheme_unknown", "Neither a declared scheme nor a document date tells which Ukrainian NQF numbering applies."));
        }

        var version = generation.ToString();
        if (!_tables.UkraineToCurrent.TryGetValue(generation, out var table) || !table.TryGetValue(claim.Level, out var current))
        {
            return Unmapped(claim, version, UkraineLegacy, Message.Of("level_mapping.ua_no_equivalent",
                Say($"Ukrainian NQF level {claim.Level} in the {version} numbering has no published equivalent."), Arg("level", claim.Level), Arg("version", version)));
        }

        if (current is not { } level)
        {
            return Unmapped(claim, version, UkraineCurrent, Message.Of("level_mapping.ua_no_eqf", Say($"Ukrainian NQF level {claim.Level} has no EQF partner."), Arg("level", claim.Level)));
        }

        if (generation == UkraineNqfGeneration.Cmu519Of2020)
        {
            return Mapped(claim, LevelRange.Exactly(level), MappingMethod.Identity, version, UkraineCurrent);
        }

        return Mapped(claim, LevelRange.Exactly(level), MappingMethod.LegacyGenerationTable, version, UkraineLegacy) with
        {
            Explanation = Say($"Ukrainian NQF {claim.Level} in the {version} numbering is level {level} today, EQF {level}."),
        };
    }

    private LevelMapping LatviaProfessional(LevelClaim claim, DateOnly? documentDate)
    {
        var renumbered = claim.FrameworkVersion switch
        {
            "2022" => true,
            "pre-2022" => false,
            _ => documentDate is { } d ? d >= _tables.LatviaProfessionalLevelRenumberedFrom : (bool?)null,
        };
        if (renumbered is null)
        {
            return Unmapped(claim, "PQL ?", LatviaPqlBefore, Message.Of("level_mapping.pql_date_needed", "A Latvian professional level needs the document date: the numbering changed on 1 Aug 2022."));
        }

        if (renumbered.Value)
        {
            return InRange(claim, 1, 8)
                ? Mapped(claim, LevelRange.Exactly(claim.Level), MappingMethod.ProfessionalLevelTable, "PQL 2022", LatviaPqlAfter)
                : Unmapped(claim, "PQL 2022", LatviaPqlAfter, Message.Of("level_mapping.pql_2022_range", "Latvian professional levels run 1–8 since 2022."));
        }

        return _tables.LatviaProfessionalLevelBefore2022.TryGetValue(claim.Level, out var range)
            ? Mapped(claim, range, MappingMethod.ProfessionalLevelTable, "PQL pre-2022", LatviaPqlBefore)
            : Unmapped(claim, "PQL pre-2022", LatviaPqlBefore, Message.Of("level_mapping.pql_old_range", "Old Latvian professional levels run 1–5."));
    }

    private Provenance KazakhProvenance() =>
        _tables.KazakhstanIdentityVerified ? KazakhIdentity with { Verified = true } : KazakhIdentity;

    private static bool InRange(LevelClaim claim, int min, int max) => claim.Level >= min && claim.Level <= max;

    private static LevelMapping Mapped(LevelClaim claim, LevelRange eqf, MappingMethod method, string version, Provenance provenance) =>
        new(claim, eqf, method, version, provenance, Say($"{claim.Framework} {claim.Level} ({version}) = EQF {eqf}."));

    private static LevelMapping Unmapped(LevelClaim claim, string version, Provenance provenance, Message why) =>
        new(claim, null, MappingMethod.None, version, provenance, why.English) { Why = why };

    private static MessageArgument Arg(string name, object? value) => MessageArgument.Of(name, value);

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
