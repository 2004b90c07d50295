using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Exchange.Adapters.Frameworks;
using Exchange.Hub.Credentials.Outside.VcJwt;

namespace Exchange.Hub.Credentials.Outside.OpenBadges;

/// <summary>
/// The level an achievement's alignments state, read by the framework's identifier, never by a level's name: EQF by
/// its concept URI (http://data.europa.eu/snb/eqf/N) or an alignment whose targetFramework/targetType names EQF with
/// targetCode N; a national framework the Adapters' level tables know (QF-EHEA, UA NQF, KZ NQF, LV LQF, LV PQL) by
/// its code (as Exchange's contracts name it, e.g. "UA-NQF" or "QUALIFICATION_FRAMEWORK_UA_NQF") with targetCode the
/// level. A national level outranks an EQF one when both are stated: it is what the issuer printed, and the
/// Adapters' tables map it to EQF themselves.
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
    };

    /// <summary>Whether the alignment states a level (so it is not read as a learning outcome too).</summary>
    public static bool IsLevel(JsonObject alignment) => Read(alignment) is not null;

    /// <summary>The level the alignments state, national first, else EQF; null when none does.</summary>
    public static LevelClaim? Of(JsonNode? alignments)
    {
        var levels = (alignments as JsonArray ?? []).OfType<JsonObject>().Select(Read).OfType<LevelClaim>().ToList();
        return levels.FirstOrDefault(l => l.Framework != QualificationFramework.Eqf) ?? levels.FirstOrDefault();
    }

    /// <summary>The level one alignment states, or null.</summary>
    public static LevelClaim? Read(JsonObject alignment)
    {
        var url = VcJwtPayload.Text(alignment["targetUrl"]);
        if (url is not null && EqfConcept().Match(url) is { Success: true } eqf)
        {
            return LevelClaim.Eqf(eqf.Groups[1].Value[0] - '0');
        }

        var framework = FrameworkOf(VcJwtPayload.Text(alignment["targetFramework"]), out var version)
            ?? FrameworkOf(VcJwtPayload.Text(alignment["targetType"]), out version);
        var code = VcJwtPayload.Text(alignment["targetCode"]);
        if (framework is not { } f || code is null)
        {
            return null;
        }

        var level = f == QualificationFramework.QfEhea
            ? code.ToLowerInvariant() switch { "short" or "0" => 0, "first" or "1" => 1, "second" or "2" => 2, "third" or "3" => 3, _ => -1 }
            : int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 10 ? n : -1;
        return level < 0 ? null : new LevelClaim(f, level, Version(version));
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

    [GeneratedRegex("^https?://data\\.europa\\.eu/snb/eqf/([1-8])$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex EqfConcept();
}
