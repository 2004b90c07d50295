using System.Globalization;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Web.Console;

/// <summary>
/// The recognition facts of the case page: what the rules propose (the target's full credits, the recognised part,
/// the target outcome ids evidenced and missing, the measures with their complete-by dates) and, once decided, what the
/// decision states. Only what the case recorded; nothing is recomputed.
/// </summary>
public static class RecognitionFactsBuilder
{
    public static IReadOnlyList<RecognitionFacts> Build(RecognitionCaseState state, string language, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(state);
        var blocks = new List<RecognitionFacts>();
        if (state.Assessment is { } a)
        {
            var facts = new List<Phrase>();
            if (a.TargetWorkload is { } full)
            {
                facts.Add(Phrase.Of("The target's full credits: {0} {1}", Amount(full, culture), PhraseArg.Label(ConsoleLabels.Of(full.Unit))));
            }

            if (a.RecognisedWorkload is { } part)
            {
                facts.Add(Phrase.Of("Recognised part: {0} {1}", Amount(part, culture), PhraseArg.Label(ConsoleLabels.Of(part.Unit))));
            }

            facts.Add(Phrase.Of("Recognised outcomes: {0}", Ids(a.CoveredOutcomeIds)));
            facts.Add(Phrase.Of("Outcomes not evidenced: {0}", Ids(a.MissingOutcomeIds)));
            blocks.Add(new RecognitionFacts("Proposed by the rules", facts, [.. a.Measures.Select(m => Measure(m, language, culture))]));
        }

        if (state.Decision is { } d)
        {
            List<Phrase> facts =
            [
                d.RecognisedWorkload is { } w
                    ? Phrase.Of("Recognised workload: {0} {1}", Amount(w, culture), PhraseArg.Label(ConsoleLabels.Of(w.Unit)))
                    : Phrase.Of("No workload recognised"),
                Phrase.Of("Recognised outcomes: {0}", Ids(d.RecognisedOutcomeIds)),
                Phrase.Of("Outcomes not evidenced: {0}", Ids(d.MissingOutcomeIds)),
            ];
            blocks.Add(new RecognitionFacts("The decision", facts, [.. d.Measures.Select(m => Measure(m, language, culture))]));
        }

        return blocks;
    }

    private static string Amount(CaseWorkload w, CultureInfo culture) => CaseViewBuilder.Range(w.Min, w.Max, culture);

    private static PhraseArg Ids(IReadOnlyList<string> ids) => ids.Count > 0 ? string.Join(", ", ids) : PhraseArg.Label("none");

    private static Phrase Measure(CaseMeasure m, string language, CultureInfo culture)
    {
        var description = LocalTexts.Pick(m.Description, language);
        return m.CompleteBy is { } by
            ? Phrase.Of("{0}: {1}, complete by {2}", m.MeasureId, description, by.UtcDateTime.ToString("d MMM yyyy", culture))
            : Phrase.Of("{0}: {1}, no completion date set", m.MeasureId, description);
    }
}
