using Exchange.Adapters.Credentials;

namespace Exchange.Adapters.Text;

/// <summary>
/// Finds, for every target outcome, the source outcome that covers it best: by skill URI where both
/// sides carry one, otherwise by the share of the target outcome's content terms found in a source text
/// in the same language. Outcomes of several credentials are pooled, which is what stacking needs.
/// </summary>
public static class OutcomeMatcher
{
    public static IReadOnlyList<OutcomeCoverage> Match(PreparedOutcomes target, IReadOnlyList<Credential> sources, MatchThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(thresholds);

        var total = 0;
        foreach (var source in sources)
        {
            total += source.LearningOutcomes.Count;
        }

        var languages = target.Languages;
        var offsets = new int[languages.Length];
        var size = 0;
        for (var l = 0; l < languages.Length; l++)
        {
            offsets[l] = size;
            size += total * languages[l].Words;
        }

        var masks = size == 0 ? [] : new ulong[size];
        var hasText = new bool[total * languages.Length];
        var refs = new (int Credential, int Outcome)[total];
        Span<char> buffer = stackalloc char[TextNormaliser.MaxWordLength];
        var k = 0;
        for (var c = 0; c < sources.Count; c++)
        {
            var outcomes = sources[c].LearningOutcomes;
            for (var o = 0; o < outcomes.Count; o++, k++)
            {
                refs[k] = (c, o);
                foreach (var text in outcomes[o].Texts)
                {
                    for (var l = 0; l < languages.Length; l++)
                    {
                        if (hasText[(l * total) + k] || !SameLanguage(text.Language, languages[l].Profile.Language))
                        {
                            continue;
                        }

                        hasText[(l * total) + k] = true;
                        var mask = masks.AsSpan(offsets[l] + (k * languages[l].Words), languages[l].Words);
                        var terms = new TermEnumerator(text.Text, buffer, languages[l].Profile);
                        while (terms.MoveNext())
                        {
                            if (languages[l].TryFind(terms.Current, out var id))
                            {
                                mask[id >> 6] |= 1UL << (id & 63);
                            }
                        }
                    }
                }
            }
        }

        var results = new OutcomeCoverage[target.Count];
        var prepared = target.Outcomes;
        for (var t = 0; t < prepared.Length; t++)
        {
            results[t] = Cover(t, prepared[t], sources, refs, languages, masks, offsets, hasText, total, thresholds);
        }

        return results;
    }

    private static OutcomeCoverage Cover(
        int t,
        PreparedOutcomes.PreparedOutcome outcome,
        IReadOnlyList<Credential> sources,
        (int Credential, int Outcome)[] refs,
        ReadOnlySpan<PreparedOutcomes.LanguageIndex> languages,
        ulong[] masks,
        int[] offsets,
        bool[] hasText,
        int total,
        MatchThresholds thresholds)
    {
        var display = outcome.Outcome.Display;
        if (outcome.SkillUri is not null)
        {
            for (var k = 0; k < refs.Length; k++)
            {
                var source = sources[refs[k].Credential].LearningOutcomes[refs[k].Outcome];
                if (source.SkillUri is not null && string.Equals(source.SkillUri.AbsoluteUri, outcome.SkillUri, StringComparison.Ordinal))
                {
                    return new OutcomeCoverage(t, display, CoverageStatus.Covered, MatchMethod.SkillUri, 1.0, null, refs[k].Credential, refs[k].Outcome,
                        source.Display, [outcome.SkillUri], []);
                }
            }
        }

        var common = false;
        var bestScore = -1.0;
        var bestK = -1;
        var bestMask = default(PreparedOutcomes.LanguageMask);
        foreach (var mask in outcome.Masks)
        {
            var l = mask.Language;
            var words = languages[l].Words;
            for (var k = 0; k < total; k++)
            {
                if (!hasText[(l * total) + k])
                {
                    continue;
                }

                common = true;
                var shared = Bits.CountShared(mask.Mask, masks.AsSpan(offsets[l] + (k * words), words));
                var score = mask.TermCount == 0 ? 0.0 : (double)shared / mask.TermCount;
                if (score > bestScore)
                {
                    bestScore = score;
                    bestK = k;
                    bestMask = mask;
                }
            }
        }

        if (!common)
        {
            return new OutcomeCoverage(t, display, CoverageStatus.NoCommonLanguage, MatchMethod.None, 0.0, null, null, null, null, [], []);
        }

        var language = languages[bestMask.Language];
        var sourceWords = masks.AsSpan(offsets[bestMask.Language] + (bestK * language.Words), language.Words);
        var matched = new List<string>();
        var missing = new List<string>();
        for (var w = 0; w < bestMask.Mask.Length; w++)
        {
            var bits = bestMask.Mask[w];
            while (bits != 0)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                ((sourceWords[w] & (1UL << bit)) != 0 ? matched : missing).Add(language.Term((w << 6) + bit));
            }
        }

        var status = bestMask.TermCount == 0
            ? CoverageStatus.WeakEvidence
            : bestScore >= thresholds.Strong ? CoverageStatus.Covered
            : bestScore >= thresholds.Weak ? CoverageStatus.WeakEvidence
            : CoverageStatus.NotCovered;
        var (credential, outcomeIndex) = refs[bestK];
        var sourceText = TextIn(sources[credential].LearningOutcomes[outcomeIndex], language.Profile.Language);
        return new OutcomeCoverage(t, display, status, MatchMethod.Text, bestScore, language.Profile.Language, credential, outcomeIndex, sourceText, matched, missing);
    }

    private static string TextIn(LearningOutcome outcome, string language)
    {
        foreach (var text in outcome.Texts)
        {
            if (SameLanguage(text.Language, language))
            {
                return text.Text;
            }
        }

        return outcome.Display;
    }

    private static bool SameLanguage(string tag, string language)
    {
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        var primary = dash > 0 ? tag.AsSpan(0, dash) : tag.AsSpan();
        return primary.Equals(language, StringComparison.OrdinalIgnoreCase);
    }
}
