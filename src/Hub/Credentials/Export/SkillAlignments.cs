using System.Text.Json.Nodes;
using Exchange.Contracts.V1;

namespace Exchange.Hub.Credentials.Export;

/// <summary>
/// One Open Badges alignment per skill URI the learning outcomes name (ESCO skills, typically): the URI as
/// <c>targetUrl</c>, the outcome's text in the credential's language as <c>targetName</c>, type <c>ext:ESCOSkill</c>
/// for an ESCO skill and <c>ext:Skill</c> for any other framework's.
/// </summary>
public static class SkillAlignments
{
    public const string EscoSkills = "http://data.europa.eu/esco/skill/";

    public static IEnumerable<JsonObject> Of(Credential credential, string language)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in credential.LearningOutcomes)
        {
            foreach (var uri in outcome.SkillUris.Where(u => !string.IsNullOrWhiteSpace(u) && seen.Add(u)))
            {
                var esco = uri.StartsWith(EscoSkills, StringComparison.Ordinal);
                var alignment = new JsonObject
                {
                    ["type"] = new JsonArray("Alignment"),
                    ["targetName"] = ExportLanguages.In(outcome.Text, language) ?? uri,
                    ["targetUrl"] = uri,
                    ["targetType"] = esco ? "ext:ESCOSkill" : "ext:Skill",
                };
                if (esco)
                {
                    alignment["targetFramework"] = "ESCO";
                }

                yield return alignment;
            }
        }
    }
}
