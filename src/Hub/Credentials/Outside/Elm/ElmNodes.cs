using System.Globalization;
using System.Text.Json.Nodes;
using Exchange.Adapters.Credentials;
using Exchange.Hub.Credentials.Outside.OpenBadges;
using Exchange.Hub.Credentials.Outside.VcJwt;

namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>
/// Reading the nodes of a compacted EDC. JSON-LD lets any property hold one node or an array of them, and a reference
/// may be a bare id string; a member of the wrong type is read as missing, never as an error. Arrays are read up to
/// <see cref="MaxItems"/> entries, so a hostile document costs bounded work.
/// </summary>
public static class ElmNodes
{
    /// <summary>Entries read from one array (an EDC lists a handful of outcomes, credits, claims).</summary>
    public const int MaxItems = 200;

    /// <summary>The objects a member holds: the object itself, or the objects of an array (bounded).</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject one => [one],
        JsonArray many => many.Take(MaxItems).OfType<JsonObject>(),
        _ => [],
    };

    /// <summary>The first object a member holds, or null.</summary>
    public static JsonObject? First(JsonNode? node) => Objects(node).FirstOrDefault();

    /// <summary>The id of a node (a Concept, an Organisation), or the member itself when it is a plain id string.</summary>
    public static string? Id(JsonNode? node) => node switch
    {
        JsonArray many => many.Take(MaxItems).Select(Id).FirstOrDefault(i => i is not null),
        _ => VcJwtPayload.IdOf(node),
    };

    /// <summary>The ids of every node a member holds (ESCO skill concepts of an outcome).</summary>
    public static IReadOnlyList<string> Ids(JsonNode? node) => node switch
    {
        JsonArray many => [.. many.Take(MaxItems).Select(VcJwtPayload.IdOf).OfType<string>()],
        _ when VcJwtPayload.IdOf(node) is { } one => [one],
        _ => [],
    };

    /// <summary>Whether the node's type (a string or an array) names <paramref name="type"/>.</summary>
    public static bool HasType(JsonObject? node, string type) =>
        VcJwtPayload.Strings(node?["type"]).Contains(type, StringComparer.Ordinal);

    public static string? Text(JsonNode? node) => VcJwtPayload.Text(node);

    /// <summary>
    /// Every language of a text: an ELM language map ({"en": "…", "lv": ["…"]}), a Note (its noteLiteral map), a
    /// Concept (its prefLabel map), or a plain string (language undetermined).
    /// </summary>
    public static IReadOnlyList<LanguageString> Texts(JsonNode? node) => node switch
    {
        // Several Notes (or Concepts): their texts merged, the first per language winning.
        JsonArray many when many.Take(MaxItems).Any(IsNoteOrConcept) => many.Take(MaxItems).OfType<JsonObject>().Where(IsNoteOrConcept)
            .Aggregate((IReadOnlyList<LanguageString>)[], (texts, item) => LanguageValues.Merge(texts, Texts(item))),
        JsonObject note when note["noteLiteral"] is { } literal => LanguageValues.Read(literal, null),
        JsonObject concept when concept["prefLabel"] is { } label => LanguageValues.Read(label, null),
        _ => LanguageValues.Read(node, null),
    };

    private static bool IsNoteOrConcept(JsonNode? node) => node is JsonObject o && (o.ContainsKey("noteLiteral") || o.ContainsKey("prefLabel"));

    /// <summary>The first text in any language, or null.</summary>
    public static string? FirstText(JsonNode? node)
    {
        var texts = Texts(node);
        return texts.Count > 0 ? texts[0].Text : null;
    }

    /// <summary>A text shown with its language tags where the document states them ("[en] … / [lv] …").</summary>
    public static string Tagged(IEnumerable<LanguageString> texts) =>
        string.Join(" / ", texts.Select(t => t.Language == LanguageValues.Undetermined ? t.Text : $"[{t.Language}] {t.Text}"));

    public static DateTimeOffset? Date(JsonNode? node) => VcJwtPayload.ParseDate(Text(node));

    /// <summary>The calendar date an xsd:dateTime or xsd:date states, as written (a date of birth written as
    /// "1999-10-01T22:00:00Z" or "…+02:00" is the 1st: the day the document names, not a day shifted by a zone).</summary>
    public static DateOnly? DayOf(JsonNode? node) =>
        Text(node) is { Length: >= 10 } text && Date(node) is not null
        && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
