using System.Collections.Frozen;

namespace Exchange.Adapters.Text;

/// <summary>
/// What the normaliser needs to know about one language: words that carry no content (function words
/// and the boilerplate of outcome statements) and the inflectional endings to strip. Deliberately a
/// light suffix stripper, not a full stemmer: both sides of a comparison go through the same rules, so
/// consistency matters more than linguistic accuracy, and every step stays explainable.
/// </summary>
public sealed class LanguageProfile
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopLookup;
    private readonly string[] _reflexive;
    private readonly string[] _suffixes;

    // Endings grouped by their last letter, longest first: a word is only tried against endings that can match.
    private readonly FrozenDictionary<char, string[]> _suffixesByLastChar;

    public LanguageProfile(string language, IEnumerable<string> stopWords, IEnumerable<string> suffixes, IEnumerable<string>? reflexiveEndings = null, int minimumStem = 3)
    {
        ArgumentNullException.ThrowIfNull(stopWords);
        ArgumentNullException.ThrowIfNull(suffixes);
        Language = language;
        StopWords = stopWords.Select(w => TextNormaliser.FoldWord(w)).ToFrozenSet(StringComparer.Ordinal);
        _stopLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _suffixes = [.. suffixes.Select(s => TextNormaliser.FoldWord(s)).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];
        _reflexive = [.. (reflexiveEndings ?? []).Select(s => TextNormaliser.FoldWord(s)).OrderByDescending(s => s.Length)];
        _suffixesByLastChar = _suffixes.Where(s => s.Length > 0).GroupBy(s => s[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        MinimumStem = minimumStem;
    }

    public string Language { get; }

    public FrozenSet<string> StopWords { get; }

    public IReadOnlyList<string> Suffixes => _suffixes;

    /// <summary>Shortest stem left after stripping; shorter words are kept whole.</summary>
    public int MinimumStem { get; }

    public bool IsStopWord(ReadOnlySpan<char> folded) => _stopLookup.Contains(folded);

    /// <summary>Length of the stem of an already folded word: reflexive ending first, then one inflection.</summary>
    public int StemLength(ReadOnlySpan<char> word)
    {
        var length = Strip(word, _reflexive);
        return length > 0 && _suffixesByLastChar.TryGetValue(word[length - 1], out var endings) ? Strip(word[..length], endings) : length;
    }

    private int Strip(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.Length - ending.Length >= MinimumStem && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word.Length - ending.Length;
            }
        }

        return word.Length;
    }
}
