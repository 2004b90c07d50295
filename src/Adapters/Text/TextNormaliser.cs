using System.Collections.Frozen;

namespace Exchange.Adapters.Text;

/// <summary>
/// Turns outcome text into comparable terms: lower-case, fold diacritics and spelling variants, drop
/// apostrophes inside words, remove stop words, strip inflectional endings (one, or several in turn for
/// agglutinative languages). Works on spans so the
/// assessment hot path does not allocate a string per word.
/// </summary>
public sealed class TextNormaliser
{
    /// <summary>Longer words are cut here; no outcome term is this long in practice.</summary>
    internal const int MaxWordLength = 48;

    private readonly FrozenDictionary<string, LanguageProfile> _profiles;

    public TextNormaliser(IEnumerable<LanguageProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        _profiles = profiles.ToFrozenDictionary(p => p.Language, StringComparer.OrdinalIgnoreCase);
    }

    public static TextNormaliser Default { get; } = new(LanguageProfiles.All);

    public bool Supports(string language) => TryGetProfile(language, out _);

    public bool TryGetProfile(string language, out LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(language);

        // "uk-UA" and "uk" are the same language for matching.
        var dash = language.IndexOf('-', StringComparison.Ordinal);
        var primary = dash > 0 ? language[..dash] : language;
        return _profiles.TryGetValue(primary, out profile!);
    }

    /// <summary>The terms of a text as strings, for explanations and tests.</summary>
    public IReadOnlyList<string> Terms(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        if (!TryGetProfile(language, out var profile))
        {
            return terms;
        }

        Span<char> buffer = stackalloc char[MaxWordLength];
        var enumerator = new TermEnumerator(text, buffer, profile);
        while (enumerator.MoveNext())
        {
            terms.Add(enumerator.Current.ToString());
        }

        return terms;
    }

    /// <summary>Lower-cases and folds one character; shared by both sides so variants meet.</summary>
    internal static char Fold(char c)
    {
        c = char.ToLowerInvariant(c);
        return c switch
        {
            'ё' => 'е',
            'ā' => 'a',
            'č' => 'c',
            'ē' => 'e',
            'ģ' => 'g',
            'ī' => 'i',
            'ķ' => 'k',
            'ļ' => 'l',
            'ņ' => 'n',
            'š' => 's',
            'ū' => 'u',
            'ž' => 'z',
            'ō' => 'o',
            'ŗ' => 'r',
            _ => c,
        };
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '`';

    internal static string FoldWord(string word)
    {
        Span<char> buffer = stackalloc char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (!IsApostrophe(c))
            {
                buffer[length++] = Fold(c);
            }
        }

        return new string(buffer[..length]);
    }
}
