using System.Net;
using Exchange.Contracts.V1;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Web;

/// <summary>Outcome statements in Kazakh, through the whole path: issued in Kazakh, required in Kazakh by the target,
/// compared by the rules, and shown to the officer with the language they were read in.</summary>
public sealed partial class ConsoleDecisionPagesSpecs
{
    [Fact]
    public async Task A_Kazakh_outcome_covers_a_Kazakh_requirement_and_the_case_page_says_it_was_compared_in_Kazakh()
    {
        var caseId = await fixture.ReferredCaseAsync("web-kazakh-" + Guid.NewGuid().ToString("N")[..8],
            credential: c =>
            {
                c.LearningOutcomes.Clear();
                c.LearningOutcomes.Add(Kazakh("LO1", "Білім алушы Python тілінде кестелік деректерді тазалайтын және түрлендіретін бағдарламаларды жаза алады"));
            },
            target: t => t.Requirements.LearningOutcomes.Add(Kazakh("T1", "Кестелік деректерді тазалау және түрлендіру үшін Python тілінде бағдарламалар жазу")));

        // Referred for the workload only: the Kazakh outcome was read and found covered, not left to an officer.
        var seen = await fixture.CaseAsync(caseId);
        Assert.Contains(RecognitionCriterion.Workload, seen.FlaggedCriteria);
        Assert.DoesNotContain(RecognitionCriterion.LearningOutcomes, seen.FlaggedCriteria);

        using var officer = new WebSession(fixture.Hub);
        var casePage = await SignInAsync(officer, $"/console/cases/{caseId}", "ua-officer", "ua-officer-Demo2026");
        var html = WebUtility.HtmlDecode(casePage.Html);
        var outcomes = html.IndexOf("class=\"outcomes\"", StringComparison.Ordinal);
        Assert.True(outcomes >= 0 && html.IndexOf("compared in Kazakh", outcomes, StringComparison.Ordinal) > outcomes,
            outcomes < 0 ? html : html[outcomes..Math.Min(html.Length, outcomes + 1500)]);
        Assert.Contains("бағдарламаларды жаза алады", html, StringComparison.Ordinal);
    }

    private static LearningOutcome Kazakh(string id, string text) => new()
    {
        OutcomeId = id,
        Text = new MultilingualText { Values = { new LocalizedText { Language = "kk", Text = text } } },
        Essential = true,
    };
}
