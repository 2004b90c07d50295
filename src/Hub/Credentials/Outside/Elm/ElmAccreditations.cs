using System.Text.Json.Nodes;

namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>
/// An accreditation the document states (on the qualification or the awarding body) is only named: the trust
/// list's quality assurance is what the rules read, since a document's word about its own accreditation proves nothing.
/// </summary>
public static class ElmAccreditations
{
    public static string? Note(JsonObject? claim, JsonObject? specification, JsonObject? awardingBody)
    {
        var named = new[] { specification?["accreditation"], claim?["accreditation"], awardingBody?["accreditation"] }
            .SelectMany(ElmNodes.Objects)
            .Select(Described)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return named.Count > 0 ? "Accreditation stated by the document (not verified): " + string.Join("; ", named) : null;
    }

    private static string? Described(JsonObject accreditation)
    {
        var title = ElmNodes.FirstText(accreditation["title"]) ?? ElmNodes.FirstText(ElmNodes.First(accreditation["dcType"])?["prefLabel"]);
        var agent = ElmNodes.FirstText(ElmNodes.First(accreditation["accreditingAgent"])?["legalName"]);
        var until = ElmNodes.DayOf(accreditation["expiryDate"]);
        var text = string.Join(", ", new[] { title, agent is null ? null : "by " + agent, until is { } u ? "until " + u.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null }.OfType<string>());
        return text.Length > 0 ? text : ElmNodes.Id(accreditation);
    }
}
