using Exchange.Contracts.V1;

namespace Exchange.Hub.Web.Learner;

/// <summary>A text as the issuer wrote it, with the language it is in (for the page's <c>lang</c> attribute).</summary>
public sealed record LocalWord(string Text, string Language)
{
    public static LocalWord None { get; } = new("", "");

    public bool IsEmpty => Text.Length == 0;

    /// <summary>The reader's language when the issuer gave it, else English, else the first (the original) text.
    /// "uk-UA" counts as "uk"; a transliteration such as "uk-Latn" is taken only when nothing closer exists.</summary>
    public static LocalWord Pick(MultilingualText? text, string language)
    {
        var values = text?.Values.Where(v => !string.IsNullOrWhiteSpace(v.Text)).ToList() ?? [];
        var chosen = values.FirstOrDefault(v => Is(v.Language, language))
                     ?? values.FirstOrDefault(v => Is(v.Language, "en"))
                     ?? values.FirstOrDefault();
        return chosen is null ? None : new LocalWord(chosen.Text, chosen.Language);
    }

    private static bool Is(string tag, string language) =>
        string.Equals(tag, language, StringComparison.OrdinalIgnoreCase)
        || (tag.Length == language.Length + 3 && tag[language.Length] == '-' && tag.StartsWith(language, StringComparison.OrdinalIgnoreCase));
}
