using Exchange.Adapters.Common;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Messaging;

/// <summary>
/// The hub's message catalogue: the keys the hub writes (src/Hub/Messages, e.g. the case journal's "case.*") over the
/// keys the rules write (src/Adapters/Messages). One place renders every system text in the reader's language.
/// </summary>
public static class HubMessages
{
    public static MessageSource Source { get; } = new(typeof(HubMessages).Assembly, "Exchange.Hub.Messages");

    public static MessageCatalogue Catalogue { get; } = new(Source, MessageCatalogue.AdaptersSource);

    /// <summary>The message in the language, else its English text (a key the catalogue does not know).</summary>
    public static string Render(CaseMessage message, string? language) =>
        Catalogue.Render(message.Key, message.Arguments, language) ?? message.English;

    /// <summary>The language the text is in: the reader's when the catalogue knows the key, else English.</summary>
    public static string LanguageOf(string key, string? language) =>
        Catalogue.Knows(key) ? MessageLanguages.Normalise(language) ?? MessageLanguages.English : MessageLanguages.English;

    /// <summary>The message in all five languages, English first, for texts kept as MultilingualText.</summary>
    public static IReadOnlyList<LocalText> AllLanguages(CaseMessage message) =>
        [.. MessageLanguages.All.Select(l => new LocalText(l, Render(message, l)))];

    /// <summary>Several messages joined with "; " in all five languages (an empty list gives no text).</summary>
    public static IReadOnlyList<LocalText> AllLanguages(IReadOnlyList<CaseMessage> messages) =>
        messages.Count == 0 ? [] : [.. MessageLanguages.All.Select(l => new LocalText(l, string.Join("; ", messages.Select(m => Render(m, l)))))];
}
