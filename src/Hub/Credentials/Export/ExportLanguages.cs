using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Exchange.Contracts.V1;

namespace Exchange.Hub.Credentials.Export;

/// <summary>
/// How an export carries every language of a credential. Open Badges strings hold one language: they get the
/// credential's original language (the first entry of its title), which <c>achievement.inLanguage</c> names. The same
/// texts in every language go beside them as JSON-LD language maps (<see cref="ExchangeTerms"/>), so nothing the
/// institution wrote is lost.
/// </summary>
public static partial class ExportLanguages
{
    /// <summary>The credential's original language: its title's first language.</summary>
    public static string Primary(Credential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return Entries(credential.Title).Select(e => e.Language).FirstOrDefault() ?? "";
    }

    /// <summary>The text in <paramref name="language"/>, else the first (original) text, else null.</summary>
    public static string? In(MultilingualText? text, string language)
    {
        var entries = Entries(text).ToList();
        return entries.FirstOrDefault(e => e.Language == language)?.Text ?? entries.FirstOrDefault()?.Text;
    }

    /// <summary>The first (original) text, or null when there is none.</summary>
    public static string? First(MultilingualText? text) => Entries(text).FirstOrDefault()?.Text;

    /// <summary>A language map {"uk": "…", "en": "…"} of the text, first entry per language, or null when empty.</summary>
    public static JsonObject? Map(MultilingualText? text)
    {
        var map = new JsonObject();
        foreach (var entry in Entries(text).Where(e => e.Language.Length > 0))
        {
            if (!map.ContainsKey(entry.Language))
            {
                map[entry.Language] = entry.Text;
            }
        }

        return map.Count > 0 ? map : null;
    }

    /// <summary>The languages of the texts, in the order they first appear.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<MultilingualText?> texts) =>
        [.. texts.SelectMany(Entries).Select(e => e.Language).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>The tag as Open Badges' schema writes one (<c>uk</c>, <c>uk-Latn</c>, <c>en-GB</c>): language lower-case,
    /// script title-case, region upper-case; null for a tag that pattern cannot hold.</summary>
    public static string? AsOpenBadgesTag(string language)
    {
        var parts = language.Split('-');
        var normal = string.Join('-', parts.Select((p, i) => i == 0 ? p.ToLowerInvariant()
            : p.Length == 4 ? char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant()
            : p.ToUpperInvariant()));
        return LanguageTag().IsMatch(normal) ? normal : null;
    }

    private static IEnumerable<LocalizedText> Entries(MultilingualText? text) =>
        text?.Values.Where(v => !string.IsNullOrWhiteSpace(v.Text)) ?? [];

    // The pattern of inLanguage in the OB 3.0 JSON schema.
    [GeneratedRegex("^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex LanguageTag();
}
