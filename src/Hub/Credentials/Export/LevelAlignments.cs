using System.Globalization;
using System.Text.Json.Nodes;
using Exchange.Adapters;
using Exchange.Adapters.Frameworks;
using Exchange.Contracts.V1;
using Exchange.Hub.Mapping;
using QualificationFramework = Exchange.Contracts.V1.QualificationFramework;

namespace Exchange.Hub.Credentials.Export;

/// <summary>
/// The credential's levels as Open Badges alignments, one per level the institution stated (its level and the
/// equivalents), read by a verifier from <c>targetUrl</c>/<c>targetFramework</c>, never from the name:
/// EQF as <c>http://data.europa.eu/snb/eqf/{n}</c> (the European vocabulary's concept) with type <c>ext:EQF</c>;
/// QF-EHEA and the national frameworks as <c>urn:exchange:qf:{framework}[:{version}]:{level}</c> (or the framework
/// URI the institution gave) with type <c>ext:QFEHEA</c> / <c>ext:NQF</c> and <c>targetFramework</c> the framework's code
/// as Exchange's contracts name it, then its level scheme ("UA-NQF CMU-519-2020"), which Exchange's importer reads.
/// When only a national level is stated and it places on exactly one EQF level, that EQF alignment is added and says
/// it was derived.
/// </summary>
public static class LevelAlignments
{
    public const string EqfFramework = "European Qualifications Framework";
    private static readonly LevelMapper Levels = new(ReferenceData.Default.Frameworks);

    public static IEnumerable<JsonObject> Of(Credential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var claims = new[] { credential.Level }.Concat(credential.EquivalentLevels)
            .Where(l => l is not null && l.Framework != QualificationFramework.Unspecified && l.LevelCode.Length > 0)
            .DistinctBy(l => (l.Framework, l.FrameworkVersion, l.LevelCode))
            .ToList();
        foreach (var claim in claims)
        {
            if (Alignment(claim) is { } alignment)
            {
                yield return alignment;
            }
        }

        if (!claims.Any(c => c.Framework == QualificationFramework.Eqf) && DerivedEqf(credential, claims) is { } derived)
        {
            yield return derived;
        }
    }

    public static string EqfUrl(int level) => $"http://data.europa.eu/snb/eqf/{level.ToString(CultureInfo.InvariantCulture)}";

    private static JsonObject? Alignment(Level level)
    {
        if (level.Framework == QualificationFramework.Eqf)
        {
            return int.TryParse(level.LevelCode, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 8 ? Eqf(n, null) : null;
        }

        var (slug, code, name, type) = Describe(level.Framework);
        name = name.Length > 0 ? name : level.FrameworkUri;
        code = code.Length > 0 ? code : level.FrameworkUri;
        var url = level.FrameworkUri.Length > 0 ? level.FrameworkUri
            : slug.Length > 0 ? Urn(slug, level.FrameworkVersion, level.LevelCode)
            : null;
        if (url is null)
        {
            return null;
        }

        var alignment = new JsonObject
        {
            ["type"] = new JsonArray("Alignment"),
            ["targetName"] = ExportLanguages.First(level.Label) ?? $"{name}, level {level.LevelCode}",
            ["targetUrl"] = url,
            ["targetFramework"] = level.FrameworkVersion.Length > 0 ? $"{code} {level.FrameworkVersion}" : code,
            ["targetCode"] = level.LevelCode,
            ["targetType"] = type,
            ["targetDescription"] = level.FrameworkVersion.Length > 0
                ? $"Level {level.LevelCode} of the {name}, level scheme {level.FrameworkVersion}."
                : $"Level {level.LevelCode} of the {name}.",
        };
        return alignment;
    }

    private static JsonObject Eqf(int level, string? derivedFrom)
    {
        var alignment = new JsonObject
        {
            ["type"] = new JsonArray("Alignment"),
            ["targetName"] = $"EQF level {level.ToString(CultureInfo.InvariantCulture)}",
            ["targetUrl"] = EqfUrl(level),
            ["targetFramework"] = EqfFramework,
            ["targetCode"] = level.ToString(CultureInfo.InvariantCulture),
            ["targetType"] = "ext:EQF",
        };
        if (derivedFrom is not null)
        {
            alignment["targetDescription"] = $"Derived by the issuing hub from {derivedFrom}; the institution stated no EQF level.";
        }

        return alignment;
    }

    private static JsonObject? DerivedEqf(Credential credential, IReadOnlyList<Level> claims)
    {
        var national = claims.FirstOrDefault(c => c.Framework is not (QualificationFramework.QfEhea or QualificationFramework.Other));
        if (national is null || CredentialToDomain.Level(national) is not { } claim)
        {
            return null;
        }

        DateOnly? issued = credential.IssuedAt is null ? null : DateOnly.FromDateTime(credential.IssuedAt.ToDateTime());
        var mapped = Levels.ToEqf(claim, issued).Eqf;
        return mapped is { IsExact: true } eqf ? Eqf(eqf.Min, $"level {national.LevelCode} of the {Describe(national.Framework).Name}") : null;
    }

    private static (string Slug, string Code, string Name, string Type) Describe(QualificationFramework framework) => framework switch
    {
        QualificationFramework.QfEhea => ("qf-ehea", "QF-EHEA", "Qualifications Framework of the European Higher Education Area", "ext:QFEHEA"),
        QualificationFramework.UaNqf => ("ua-nqf", "UA-NQF", "National Qualifications Framework of Ukraine", "ext:NQF"),
        QualificationFramework.KzNqf => ("kz-nqf", "KZ-NQF", "National Qualifications Framework of Kazakhstan", "ext:NQF"),
        QualificationFramework.LvLqf => ("lv-lqf", "LV-LQF", "Latvian Qualifications Framework", "ext:NQF"),
        QualificationFramework.LvPql => ("lv-pql", "LV-PQL", "Latvian professional qualification levels", "ext:NQF"),
        _ => ("", "", "", "ext:Framework"),
    };

    private static string Urn(string slug, string version, string code) =>
        version.Length > 0 ? $"urn:exchange:qf:{slug}:{version}:{code}" : $"urn:exchange:qf:{slug}:{code}";
}
