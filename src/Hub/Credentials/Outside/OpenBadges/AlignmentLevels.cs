using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Exchange.Adapters.Frameworks;
using Exchange.Hub.Credentials.Outside.VcJwt;

namespace Exchange.Hub.Credentials.Outside.OpenBadges;

/// <summary>
/// The level an achievement's alignments state, read by the framework's identifier, never by a level's name: EQF by
/// its concept URI (http://data.europa.eu/snb/eqf/N) or an alignment whose targetFramework/targetType names EQF with
/// targetCode N; QF-EHEA and the national frameworks the Adapters' level tables know (UA NQF, KZ NQF, LV LQF, LV PQL)
/// by Exchange's URN (urn:exchange:qf:{framework}[:{version}]:{level}, as an Exchange export writes it) or by the
/// framework's code or Exchange's name for it with targetCode the level. The first level alignment in the document's
/// order is the level: an issuer (and Exchange's export) states its own level first, equivalents and derived EQF
/// levels after it.
/// </summary>
public static partial class AlignmentLevels
{
    private static readonly Dictionary<string, QualificationFramework> Frameworks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EQF"] = QualificationFramework.Eqf,
        ["European Qualifications Framework"] = QualificationFramework.Eqf,
        ["ext:EQF"] = QualificationFramework.Eqf,
        ["http://data.europa.eu/snb/eqf/25831c2"] = QualificationFramework.Eqf,
        ["QUALIFICATION_FRAMEWORK_EQF"] = QualificationFramework.Eqf,
        ["QF-EHEA"] = QualificationFramework.QfEhea,
        ["QUALIFICATION_FRAMEWORK_QF_EHEA"] = QualificationFramework.QfEhea,
        ["UA-NQF"] = QualificationFramework.UkraineNqf,
        ["QUALIFICATION_FRAMEWORK_UA_NQF"] = QualificationFramework.UkraineNqf,
        ["KZ-NQF"] = QualificationFramework.KazakhstanNqf,
        ["QUALIFICATION_FRAMEWORK_KZ_NQF"] = QualificationFramework.KazakhstanNqf,
        ["LV-LQF"] = QualificationFramework.LatviaLqf,
        ["QUALIFICATION_FRAMEWORK_LV_LQF"] = QualificationFramework.LatviaLqf,
        ["LV-PQL"] = QualificationFramework.LatviaProfessionalLevel,
        ["QUALIFICATION_FRAMEWORK_LV_PQL"] = QualificationFramework.LatviaProfessionalLevel,
        // The names Exchange's export gives the frameworks (targetFramework), for a level whose targetUrl is the
        // institution's own framework URI rather than Exchange's URN.
        ["Qualifications Framework of the European Higher Education Area"] = QualificationFramework.QfEhea,
        ["National Qualifications Framework of Ukraine"] = QualificationFramework.UkraineNqf,
        ["National Qualifications Framework of Kazakhstan"] = QualificationFramework.KazakhstanNqf,
        ["Latvian Qualifications Framework"] = QualificationFramework.LatviaLqf,
        ["Latvian professional qualification levels"] = QualificationFramework.LatviaProfessionalLevel,
    };

    /// <summary>The framework slugs of Exchange's level URNs.</summary>
    private static readonly Dictionary<string, QualificationFramework> Slugs = new(StringComparer.Ordinal)
    {
        ["eqf"] = QualificationFramework.Eqf,
        ["qf-ehea"] = QualificationFramework.QfEhea,
        ["ua-nqf"] = QualificationFramework.UkraineNqf,
        ["kz-nqf"] = QualificationFramework.KazakhstanNqf,
        ["lv-lqf"] = QualificationFramework.LatviaLqf,
        ["lv-pql"] = QualificationFramework.LatviaProfessionalLevel,
    };

    /// <summary>Whether the alignment states a level (so it is not read as a learning outcome too).</summary>
    public static bool IsLevel(JsonObject alignment) => Read(alignment) is not null;

    /// <summary>The first level the alignments state; null when none does.</summary>
    public static LevelClaim? Of(JsonNode? alignments) =>
        (alignments as JsonArray ?? []).OfType<JsonObject>().Select(Read).FirstOrDefault(l => l is not null);

    /// <summary>The level one alignment states, or null.</summary>
    public static LevelClaim? Read(JsonObject alignment)
    {
        var url = VcJwtPayload.Text(alignment["targetUrl"]);
        if (url is not null && EqfConcept().Match(url) is { Success: true } eqf)
        {
            return LevelClaim.Eqf(eqf.Groups[1].Value[0] - '0');
        }

        if (url is not null && ExchangeUrn().Match(url) is { Success: true } urn && Slugs.TryGetValue(urn.Groups["framework"].Value, out var named))
        {
            return Claim(named, urn.Groups["level"].Value, urn.Groups["version"].Success ? urn.Groups["version"].Value : null);
        }

        var framework = FrameworkOf(VcJwtPayload.Text(alignment["targetFramework"]), out var version)
            ?? FrameworkOf(VcJwtPayload.Text(alignment["targetType"]), out version);
        var code = VcJwtPayload.Text(alignment["targetCode"]);
        return framework is { } f && code is not null ? Claim(f, code, version) : null;
    }

    private static LevelClaim? Claim(QualificationFramework framework, string code, string? version)
    {
        var level = framework == QualificationFramework.QfEhea
            ? code.ToLowerInvariant() switch { "short" or "0" => 0, "first" or "1" => 1, "second" or "2" => 2, "third" or "3" => 3, _ => -1 }
            : int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 10 ? n : -1;
        return level < 0 ? null : new LevelClaim(framework, level, Version(version));
    }

    /// <summary>A framework code, optionally followed by its level scheme ("UA-NQF CMU-519-2020").</summary>
    private static QualificationFramework? FrameworkOf(string? text, out string? version)
    {
        version = null;
        if (text is null)
        {
            return null;
        }

        if (Frameworks.TryGetValue(text.Trim(), out var whole))
        {
            return whole;
        }

        var space = text.Trim().IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && Frameworks.TryGetValue(text.Trim()[..space], out var framework) && framework != QualificationFramework.Eqf)
        {
            version = text.Trim()[(space + 1)..].Trim();
            return framework;
        }

        return null;
    }

    /// <summary>The contracts' level-scheme names as the Adapters' <see cref="LevelClaim.FrameworkVersion"/> holds them.</summary>
    private static string? Version(string? version) => version switch
    {
        null or "" => null,
        "CMU-1341-2011" => "2011",
        "LoE-2017" => "2017",
        "CMU-519-2020" => "2020",
        "before-2022-08-01" => "pre-2022",
        "from-2022-08-01" => "2022",
        var other => other,
    };

    [GeneratedRegex("^urn:exchange:qf:(?<framework>[a-z-]+):(?:(?<version>[A-Za-z0-9-]+):)?(?<level>[A-Za-z0-9]+)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ExchangeUrn();

    [GeneratedRegex("^https?://data\\.europa\\.eu/snb/eqf/([1-8])$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex EqfConcept();
}
