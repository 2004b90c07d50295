using Exchange.Adapters.Grades;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Web.Console;

/// <summary>A converted grade for the officer's and the university's case pages: original with scale and its ECTS letter
/// and national grade, the host result (range) with those of its own band(s) and its meaning, the method, its reason and
/// why earlier methods could not be used.</summary>
public static class GradeViewBuilder
{
    public static GradeView Grade(CaseGrade g, Func<string, string> titleOf) => new(
        titleOf(g.CredentialId),
        $"{g.OriginalValue} ({g.OriginalScale})",
        g.HostLowest == g.HostHighest ? $"{g.HostLowest} ({g.HostScale})" : $"{g.HostLowest}–{g.HostHighest} ({g.HostScale})",
        ConsoleLabels.Of(g.Method),
        g.Reading?.Explanation?.English ?? g.Explanation)
    {
        OriginalEquivalents = Equivalents(g.Reading?.Original, g.Reading?.Original),
        HostEquivalents = Equivalents(g.Reading?.HostLow, g.HostHighest == g.HostLowest ? g.Reading?.HostLow : g.Reading?.HostHigh),
        Notes = [.. (g.Reading?.Notes ?? []).Select(n => n.English)],
    };

    // Both ends' letter, national grade and meaning, each from its own band: "B" or "B–A", "4" or "4–5".
    private static GradeEquivalents Equivalents(CaseGradeBand? low, CaseGradeBand? high)
    {
        static string Span(string? a, string? b) => (a, b) switch
        {
            (null or "", null or "") => "",
            ({ Length: > 0 } x, { Length: > 0 } y) when x != y => x + "–" + y,
            _ => a is { Length: > 0 } ? a : b!,
        };

        return low is null ? GradeEquivalents.None : new GradeEquivalents(
            Span(low.EctsLetter, high?.EctsLetter),
            Span(low.National, high?.National),
            [.. new[] { low.Meaning, high?.Meaning ?? low.Meaning }.OfType<GradeMeaning>().Distinct().Select(ConsoleLabels.Of)]);
    }
}
