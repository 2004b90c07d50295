using System.Text.Json.Nodes;
using Exchange.Adapters.Credentials;

namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>
/// Learning outcomes: each LearningOutcome of the claim's specification (and of its parts', the whole having learnt
/// what its parts teach) with its title in every language and its ESCO skill URI, so a rule can match it exactly.
/// An outcome naming several ESCO skills keeps the first on the outcome and each further one as an outcome of its
/// own (the skill's label), so no URI is lost; without an ESCO skill, another related skill's URI is kept.
/// </summary>
public static class ElmOutcomes
{
    public static IReadOnlyList<LearningOutcome> Of(JsonObject? claim)
    {
        var outcomes = new List<LearningOutcome>();
        var budget = ElmCredits.MaxNodes;
        Collect(claim, 0, ref budget, outcomes);
        return [.. outcomes.DistinctBy(o => o.SkillUri?.AbsoluteUri ?? "text:" + o.Display, StringComparer.Ordinal)];
    }

    private static void Collect(JsonObject? claim, int depth, ref int budget, List<LearningOutcome> outcomes)
    {
        if (claim is null || depth > ElmCredits.MaxPartDepth || --budget < 0)
        {
            return;
        }

        var specification = ElmNodes.First(claim["specifiedBy"]);
        foreach (var outcome in ElmNodes.Objects(specification?["learningOutcome"]).Concat(ElmNodes.Objects(claim["learningOutcome"])))
        {
            Read(outcome, outcomes);
        }

        foreach (var part in ElmNodes.Objects(claim["hasPart"]))
        {
            Collect(part, depth + 1, ref budget, outcomes);
        }
    }

    private static void Read(JsonObject outcome, List<LearningOutcome> outcomes)
    {
        var texts = ElmNodes.Texts(outcome["title"]);
        var esco = Skills(outcome["relatedESCOSkill"]);
        var skills = esco.Count > 0 ? esco : Skills(outcome["relatedSkill"]);
        if (texts.Count == 0 && skills.Count == 0)
        {
            return;
        }

        var first = skills.FirstOrDefault();
        outcomes.Add(new LearningOutcome(texts.Count > 0 ? texts : first.Label, first.Uri));
        foreach (var (uri, label) in esco.Skip(1))
        {
            outcomes.Add(new LearningOutcome(label, uri));
        }
    }

    /// <summary>The skill concepts a member holds with absolute URIs, each with its label in every language.</summary>
    private static List<(Uri? Uri, IReadOnlyList<LanguageString> Label)> Skills(JsonNode? node)
    {
        IEnumerable<JsonNode?> items = node is JsonArray many ? many.Take(ElmNodes.MaxItems) : [node];
        return [.. items
            .Select(s => (Id: ElmNodes.Id(s), Label: s is JsonObject concept ? ElmNodes.Texts(concept["prefLabel"]) : []))
            .Where(s => Uri.TryCreate(s.Id, UriKind.Absolute, out _))
            .Select(s => ((Uri?)new Uri(s.Id!), s.Label))];
    }
}
