using Exchange.Adapters.Credentials;

namespace Exchange.Adapters.Text;

/// <summary>
/// Target outcomes normalised once: a vocabulary per language and a bit mask of terms per outcome, so
/// each assessment only has to read the source text and count shared bits.
/// </summary>
public sealed class PreparedOutcomes
{
    private readonly LanguageIndex[] _languages;
    private readonly PreparedOutcome[] _outcomes;

    public PreparedOutcomes(IReadOnlyList<LearningOutcome> outcomes, TextNormaliser normaliser)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(normaliser);
        Normaliser = normaliser;

        var languages = new List<LanguageIndex>();
        var termIds = new List<(int Outcome, int Language, List<int> Terms)>();
        Span<char> buffer = stackalloc char[TextNormaliser.MaxWordLength];
        for (var o = 0; o < outcomes.Count; o++)
        {
            foreach (var text in outcomes[o].Texts)
            {
                if (!normaliser.TryGetProfile(text.Language, out var profile))
                {
                    continue;
                }

                var index = languages.FindIndex(l => l.Profile == profile);
                if (index < 0)
                {
                    languages.Add(new LanguageIndex(profile));
                    index = languages.Count - 1;
                }

                var ids = new List<int>();
                var terms = new TermEnumerator(text.Text, buffer, profile);
                while (terms.MoveNext())
                {
                    ids.Add(languages[index].Intern(terms.Current));
                }

                termIds.Add((o, index, ids));
            }
        }

        _languages = [.. languages];
        _outcomes = new PreparedOutcome[outcomes.Count];
        for (var o = 0; o < outcomes.Count; o++)
        {
            var masks = new List<LanguageMask>();
            foreach (var (outcome, language, ids) in termIds)
            {
                if (outcome != o || masks.Exists(m => m.Language == language))
                {
                    continue;
                }

                var mask = new ulong[_languages[language].Words];
                foreach (var id in ids)
                {
                    mask[id >> 6] |= 1UL << (id & 63);
                }

                masks.Add(new LanguageMask(language, mask, Bits.Count(mask)));
            }

            _outcomes[o] = new PreparedOutcome(outcomes[o], outcomes[o].SkillUri?.AbsoluteUri, [.. masks]);
        }
    }

    public TextNormaliser Normaliser { get; }

    public int Count => _outcomes.Length;

    public LearningOutcome this[int index] => _outcomes[index].Outcome;

    internal ReadOnlySpan<LanguageIndex> Languages => _languages;

    internal ReadOnlySpan<PreparedOutcome> Outcomes => _outcomes;

    internal sealed class LanguageIndex
    {
        private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly List<string> _terms = [];

        public LanguageIndex(LanguageProfile profile)
        {
            Profile = profile;
            _lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public LanguageProfile Profile { get; }

        public int Words => (_terms.Count + 63) / 64;

        public string Term(int id) => _terms[id];

        public int Intern(ReadOnlySpan<char> term)
        {
            if (_lookup.TryGetValue(term, out var id))
            {
                return id;
            }

            id = _terms.Count;
            var text = term.ToString();
            _terms.Add(text);
            _vocabulary[text] = id;
            return id;
        }

        public bool TryFind(ReadOnlySpan<char> term, out int id) => _lookup.TryGetValue(term, out id);
    }

    internal readonly record struct LanguageMask(int Language, ulong[] Mask, int TermCount);

    internal sealed record PreparedOutcome(LearningOutcome Outcome, string? SkillUri, LanguageMask[] Masks);
}
