using System.Text.Json.Nodes;
using Exchange.Adapters.Credentials;
using Exchange.Hub.Credentials.Outside.VcJwt;

namespace Exchange.Hub.Credentials.Outside.OpenBadges;

/// <summary>
/// Texts in every language a document gives them: a plain string (in the document's language, else "und"), a VC 2.0
/// language value object {"@value","@language"}, an array of those, or a JSON-LD language map {"en": …, "lv": …}.
/// The first text per language wins; empty texts are dropped.
/// </summary>
public static class LanguageValues
{
    /// <summary>BCP 47 "undetermined": a text whose language the document does not state.</summary>
    public const string Undetermined = "und";

    public static IReadOnlyList<LanguageString> Read(JsonNode? node, string? language)
    {
        var texts = new List<LanguageString>();
        Collect(node, language ?? Undetermined, texts, depth: 0);
        return [.. texts.Where(t => !string.IsNullOrWhiteSpace(t.Text)).DistinctBy(t => t.Language, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The first text of the value in whatever language, or null.</summary>
    public static string? First(JsonNode? node)
    {
        var texts = Read(node, null);
        return texts.Count > 0 ? texts[0].Text : null;
    }

    /// <summary>Adds <paramref name="more"/> to <paramref name="texts"/> for languages it does not have yet.</summary>
    public static IReadOnlyList<LanguageString> Merge(IReadOnlyList<LanguageString> texts, IEnumerable<LanguageString> more) =>
        [.. texts.Concat(more).DistinctBy(t => t.Language, StringComparer.OrdinalIgnoreCase)];

    private static void Collect(JsonNode? node, string language, List<LanguageString> texts, int depth)
    {
        if (depth > 2)
        {
            return;
        }

        switch (node)
        {
            case JsonValue when VcJwtPayload.Text(node) is { } text:
                texts.Add(new LanguageString(language, text));
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, language, texts, depth + 1);
                }

                break;
            case JsonObject value when value.ContainsKey("@value"):
                if (VcJwtPayload.Text(value["@value"]) is { } v)
                {
                    texts.Add(new LanguageString(VcJwtPayload.Text(value["@language"]) ?? language, v));
                }

                break;
            case JsonObject map when map.Count > 0 && map.All(p => IsLanguageTag(p.Key)):
                foreach (var (tag, text) in map)
                {
                    foreach (var t in VcJwtPayload.Strings(text))
                    {
                        texts.Add(new LanguageString(tag, t));
                    }
                }

                break;
        }
    }

    /// <summary>A plausible BCP 47 tag ("en", "lv", "pt-BR", "zh-Hant"): letters, digits and hyphens, 2–35 characters.</summary>
    public static bool IsLanguageTag(string tag) =>
        tag.Length is >= 2 and <= 35 && char.IsAsciiLetter(tag[0]) && tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
        && tag.Split('-')[0].Length is >= 2 and <= 3;
}
