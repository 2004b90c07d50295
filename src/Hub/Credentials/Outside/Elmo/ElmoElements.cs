using System.Globalization;
using System.Xml;
using Exchange.Adapters.Credentials;
using Exchange.Hub.Credentials.Outside.OpenBadges;

namespace Exchange.Hub.Credentials.Outside.Elmo;

/// <summary>
/// Reading ELMO elements: the namespace (the same for ELMO 1.x and 2.x), children by local name, texts in every
/// xml:lang, dates and decimals in the schema's lexical forms. Unknown elements are ignored, as the schema's
/// backward-compatibility policy asks of clients.
/// </summary>
public static class ElmoElements
{
    /// <summary>The target namespace of every ELMO release, 2.x included (the "v1" in it is the branch name).</summary>
    public const string Namespace = "https://github.com/emrex-eu/elmo-schemas/tree/v1";

    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    public static IEnumerable<XmlElement> Children(XmlElement? parent, string name) =>
        parent is null ? [] : parent.ChildNodes.OfType<XmlElement>().Where(e => e.LocalName == name && e.NamespaceURI == Namespace);

    public static XmlElement? Child(XmlElement? parent, string name) => Children(parent, name).FirstOrDefault();

    /// <summary>The trimmed text of the first child named <paramref name="name"/>, null when absent or empty.</summary>
    public static string? Text(XmlElement? parent, string name) => Child(parent, name)?.InnerText.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>Every child named <paramref name="name"/> as a text in its xml:lang ("und" without one), first per
    /// language, empty ones dropped.</summary>
    public static IReadOnlyList<LanguageString> Texts(XmlElement? parent, string name) =>
        [.. Children(parent, name)
            .Select(e => new LanguageString(Language(e), e.InnerText.Trim()))
            .Where(t => t.Text.Length > 0)
            .DistinctBy(t => t.Language, StringComparer.OrdinalIgnoreCase)];

    /// <summary>The English text, else the first, else null.</summary>
    public static string? Preferred(IReadOnlyList<LanguageString> texts)
    {
        foreach (var text in texts)
        {
            if (text.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return text.Text;
            }
        }

        return texts.Count > 0 ? texts[0].Text : null;
    }

    public static string Language(XmlElement element) =>
        element.GetAttribute("lang", XmlNamespace) is { Length: > 0 } tag && LanguageValues.IsLanguageTag(tag) ? tag : LanguageValues.Undetermined;

    /// <summary>The identifiers of an element by their type attribute, in document order.</summary>
    public static IReadOnlyList<(string Type, string Value)> Identifiers(XmlElement? parent) =>
        [.. Children(parent, "identifier")
            .Select(e => (Type: e.GetAttribute("type").Trim(), Value: e.InnerText.Trim()))
            .Where(i => i.Value.Length > 0)];

    /// <summary>An xs:date or the date part of an xs:dateTime as written (the issuer's local date), time zone ignored.</summary>
    public static DateOnly? Date(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>An xs:dateTime; one without a time zone is read as UTC.</summary>
    public static DateTimeOffset? Instant(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    /// <summary>An xs:decimal, non-negative.</summary>
    public static decimal? Amount(string? text) =>
        text is not null && decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : null;
}
