using System.Collections.Frozen;

namespace Exchange.Adapters.Text;

/// <summary>
/// What the normaliser needs to know about one language: words that carry no content (function words
/// and the boilerplate of outcome statements) and the inflectional endings to strip. Deliberately a
/// light suffix stripper, not a full stemmer: both sides of a comparison go through the same rules, so
/// consistency matters more than linguistic accuracy, and every step stays explainable. Agglutinative
/// languages (Kazakh) stack endings, so a profile may strip several in turn, longest first, and may
/// restore a stem's final consonant where the language voices it before an ending.
/// </summary>
public sealed class LanguageProfile
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopLookup;
    private readonly string[] _reflexive;
    private readonly string[] _suffixes;

    // Endings grouped by their last letter, longest first: a word is only tried against endings that can match.
    private readonly FrozenDictionary<char, string[]> _suffixesByLastChar;
    private readonly FrozenDictionary<char, char> _finalAlternations;

    public LanguageProfile(
        string language,
        IEnumerable<string> stopWords,
        IEnumerable<string> suffixes,
        IEnumerable<string>? reflexiveEndings = null,
        int minimumStem = 3,
        int maximumEndings = 1,
        IReadOnlyDictionary<char, char>? finalAlternations = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumEndings, 1);
        ArgumentNullException.ThrowIfNull(stopWords);
        ArgumentNullException.ThrowIfNull(suffixes);
        Language = language;
        StopWords = stopWords.Select(w => TextNormaliser.FoldWord(w)).ToFrozenSet(StringComparer.Ordinal);
        _stopLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _suffixes = [.. suffixes.Select(s => TextNormaliser.FoldWord(s)).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];
        _reflexive = [.. (reflexiveEndings ?? []).Select(s => TextNormaliser.FoldWord(s)).OrderByDescending(s => s.Length)];
        _suffixesByLastChar = _suffixes.Where(s => s.Length > 0).GroupBy(s => s[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _finalAlternations = (finalAlternations ?? new Dictionary<char, char>()).ToFrozenDictionary();
        MinimumStem = minimumStem;
        MaximumEndings = maximumEndings;
    }

    public string Language { get; }

    public FrozenSet<string> StopWords { get; }

    public IReadOnlyList<string> Suffixes => _suffixes;

    /// <summary>Shortest stem left after stripping; shorter words are kept whole.</summary>
    public int MinimumStem { get; }

    /// <summary>How many inflectional endings are stripped in turn (1 for fusional languages).</summary>
    public int MaximumEndings { get; }

    /// <summary>Stem-final letters replaced by their plain form, e.g. Kazakh ғ→қ ("жиынтығы" → "жиынтық").</summary>
    public IReadOnlyDictionary<char, char> FinalAlternations => _finalAlternations;

    public bool IsStopWord(ReadOnlySpan<char> folded) => _stopLookup.Contains(folded);

    /// <summary>
    /// Length of the stem of an already folded word: reflexive ending first, then up to
    /// <see cref="MaximumEndings"/> inflections, each time the longest that leaves at least <see cref="MinimumStem"/> letters.
    /// </summary>
    public int StemLength(ReadOnlySpan<char> word)
    {
        var length = Strip(word, _reflexive);
        for (var pass = 0; pass < MaximumEndings && length > 0 && _suffixesByLastChar.TryGetValue(word[length - 1], out var endings); pass++)
        {
            var stripped = Strip(word[..length], endings);
            if (stripped == length)
            {
                break;
            }

            length = stripped;
        }

        return length;
    }

    /// <summary>Stems a folded word in place and returns the stem's length; the final letter may be replaced.</summary>
    internal int Stem(Span<char> word)
    {
        var length = StemLength(word);
        if (length > 0 && _finalAlternations.TryGetValue(word[length - 1], out var plain))
        {
            word[length - 1] = plain;
        }

        return length;
    }

    /// <summary>The stem of one word as a string (folded first), for explanations and tests.</summary>
    public string StemOf(string word)
    {
        var folded = TextNormaliser.FoldWord(word).ToCharArray();
        return new string(folded, 0, Stem(folded));
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
