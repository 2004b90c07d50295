using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Web.Console;

/// <summary>Picks the text to show from a multilingual value: the reader's language, else English, else the first.</summary>
public static class LocalTexts
{
    public static string Pick(IReadOnlyList<LocalText> texts, string language) =>
        (texts.FirstOrDefault(t => Same(t.Language, language))
         ?? texts.FirstOrDefault(t => Same(t.Language, "en"))
         ?? (texts.Count > 0 ? texts[0] : null))?.Text ?? "";

    // "uk-UA" counts as "uk": the case keeps whatever tag the institution sent.
    private static bool Same(string tag, string language) =>
        string.Equals(tag, language, StringComparison.OrdinalIgnoreCase)
        || (tag.Length > language.Length && tag[language.Length] == '-' && tag.StartsWith(language, StringComparison.OrdinalIgnoreCase));
}
