using System.Text.Json.Nodes;
using Exchange.Adapters.Frameworks;
using Exchange.Hub.Credentials.Outside.OpenBadges;

namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>
/// The level a Qualification states, read by concept identifier, never by a label: <c>eqfLevel</c> is a concept of
/// the EQF vocabulary (http://data.europa.eu/snb/eqf/N); <c>nqfLevel</c> a concept of a national framework. A national
/// level of a framework the Adapters' level tables know (the Latvian LQF levels of the EU qualification-framework
/// vocabulary, or the forms an Exchange export writes: urn:exchange:qf:…, or a scheme naming the framework with the
/// level as notation) is the level, since the rules map it to EQF themselves; otherwise the EQF level is, and the
/// national level is named in further information.
/// </summary>
public static class ElmLevels
{
    /// <summary>The LQF levels of the EU qualification-framework vocabulary (qdr), which lists the Latvian framework's
    /// levels as "LQF Level N" (Luxembourg's are "CLQ", Lithuania's "LTQF").</summary>
    private static readonly Dictionary<string, int> LatvianLqf = new(StringComparer.Ordinal)
    {
        ["http://data.europa.eu/snb/qdr/c_41bf3e8a"] = 1,
        ["http://data.europa.eu/snb/qdr/c_f1f60c76"] = 2,
        ["http://data.europa.eu/snb/qdr/c_138c123b"] = 3,
        ["http://data.europa.eu/snb/qdr/c_14b672c3"] = 4,
        ["http://data.europa.eu/snb/qdr/c_7493dd0e"] = 5,
        ["http://data.europa.eu/snb/qdr/c_a828cd20"] = 6,
        ["http://data.europa.eu/snb/qdr/c_a61cdeca"] = 7,
        ["http://data.europa.eu/snb/qdr/c_a6744590"] = 8,
    };

    public sealed record Result(LevelClaim? Claim, string? Note);

    public static Result Of(JsonObject? specification)
    {
        var eqf = Concepts(specification?["eqfLevel"]).Select(Read).FirstOrDefault(l => l?.Framework == QualificationFramework.Eqf);
        var national = Concepts(specification?["nqfLevel"]).Select(c => (Concept: c, Claim: Read(c))).ToList();
        var known = national.Select(n => n.Claim).FirstOrDefault(c => c is not null);
        if (known is not null)
        {
            return new Result(known, null);
        }

        var unknown = national.Select(n => Described(n.Concept)).OfType<string>().ToList();
        return new Result(eqf, unknown.Count > 0 ? "National qualification level (framework not read by the hub): " + string.Join("; ", unknown) : null);
    }

    /// <summary>The level one concept states, or null.</summary>
    public static LevelClaim? Read(JsonNode concept)
    {
        var id = ElmNodes.Id(concept);
        if (id is not null && LatvianLqf.TryGetValue(id, out var lqf))
        {
            return new LevelClaim(QualificationFramework.LatviaLqf, lqf);
        }

        // The concept read as an alignment: its id as the target, its scheme as the framework, its notation as the code.
        var node = concept as JsonObject;
        var alignment = new JsonObject
        {
            ["targetUrl"] = id,
            ["targetFramework"] = ElmNodes.Id(node?["inScheme"]),
            ["targetCode"] = ElmNodes.Text(node?["notation"]),
        };
        return AlignmentLevels.Read(alignment);
    }

    /// <summary>The concepts a member holds: objects, or bare concept ids.</summary>
    private static IEnumerable<JsonNode> Concepts(JsonNode? node) => node switch
    {
        JsonArray many => many.Take(ElmNodes.MaxItems).Where(n => n is JsonObject || ElmNodes.Text(n) is not null).OfType<JsonNode>(),
        JsonObject or JsonValue when ElmNodes.Id(node) is not null => [node],
        _ => [],
    };

    private static string? Described(JsonNode concept)
    {
        var id = ElmNodes.Id(concept);
        var label = concept is JsonObject o ? ElmNodes.FirstText(o["prefLabel"]) : null;
        return (label, id) switch
        {
            (null, null) => null,
            (null, _) => id,
            (_, null) => label,
            _ => $"{label} ({id})",
        };
    }
}
