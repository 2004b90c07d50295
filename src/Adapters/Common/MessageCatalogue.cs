using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Resources;

namespace Exchange.Adapters.Common;

/// <summary>Where a catalogue finds its resx topics: the assembly and the namespace of its Messages folder.</summary>
public sealed record MessageSource(Assembly Assembly, string Namespace);

/// <summary>
/// Renders message keys in the reader's language from resx files, one per topic: the key's first segment in
/// PascalCase ("level.below" → Level.resx, "level_mapping.x" → LevelMapping.resx) with uk/kk/ru/lv satellites.
/// A missing translation falls back to English (the catalogue specs forbid missing ones); an unknown key
/// renders as nothing, so a caller keeps the English text it has.
/// </summary>
public sealed class MessageCatalogue
{
    private const int MaxNesting = 4;
    private readonly IReadOnlyList<MessageSource> _sources;
    private readonly ConcurrentDictionary<(MessageSource, string), ResourceManager?> _topics = new();

    public MessageCatalogue(params MessageSource[] sources) => _sources = sources;

    // Declared before Adapters: static initialisers run in order.
    public static MessageSource AdaptersSource { get; } = new(typeof(MessageCatalogue).Assembly, "Exchange.Adapters.Messages");

    /// <summary>The messages the rules write (src/Adapters/Messages).</summary>
    public static MessageCatalogue Adapters { get; } = new(AdaptersSource);

    /// <summary>The resx file name (without extension) that holds a key.</summary>
    public static string TopicOf(string key)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        var segment = dot < 0 ? key : key[..dot];
        return string.Concat(segment.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    /// <summary>The template of a key in a language (English when the language is unsupported), or null for an unknown key.</summary>
    public string? Template(string key, string? language)
    {
        var culture = CultureInfo.GetCultureInfo(MessageLanguages.Normalise(language) is { } l && l != MessageLanguages.English ? l : "");
        foreach (var source in _sources)
        {
            if (Topic(source, TopicOf(key)) is { } resources && resources.GetString(key, culture) is { } template)
            {
                return template;
            }
        }

        return null;
    }

    public bool Knows(string key) => Template(key, MessageLanguages.English) is not null;

    /// <summary>The message in the language, or null when the catalogue does not know the key.</summary>
    public string? Render(string key, IReadOnlyDictionary<string, string> arguments, string? language) =>
        Render(key, arguments, language, 0);

    public string? Render(Message message, string? language) => Render(message.Key, message.ArgumentMap(), language);

    /// <summary>The message in the language, else its English text.</summary>
    public string RenderOrEnglish(Message message, string? language) => Render(message, language) ?? message.English;

    private string? Render(string key, IReadOnlyDictionary<string, string> arguments, string? language, int depth) =>
        Template(key, language) is { } template
            ? MessageTemplate.Fill(template, arguments, depth < MaxNesting ? keys => Nested(keys, arguments, language, depth + 1) : null)
            : null;

    // A nested argument names one key, or a comma-separated list of keys rendered as a list ("workload, level").
    private string? Nested(string keys, IReadOnlyDictionary<string, string> arguments, string? language, int depth)
    {
        var parts = new List<string>();
        foreach (var key in keys.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Render(key, arguments, language, depth) is not { } text)
            {
                return null;
            }

            parts.Add(text);
        }

        return string.Join(", ", parts);
    }

    private ResourceManager? Topic(MessageSource source, string topic) =>
        _topics.GetOrAdd((source, topic), static k =>
        {
            var baseName = k.Item1.Namespace + "." + k.Item2;
            return k.Item1.Assembly.GetManifestResourceNames().Contains(baseName + ".resources", StringComparer.Ordinal)
                ? new ResourceManager(baseName, k.Item1.Assembly)
                : null;
        });
}
