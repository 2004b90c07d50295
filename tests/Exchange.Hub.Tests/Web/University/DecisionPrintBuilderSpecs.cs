using System.Globalization;
using Exchange.Hub.Web.University;
using static Exchange.Hub.Tests.Web.University.UniversityCaseSamples;

namespace Exchange.Hub.Tests.Web.University;

/// <summary>The printed decision: every label through the reader's translations, the decision's own texts as written
/// (in the reader's language when the decision has it), the appeal route among the facts.</summary>
public sealed class DecisionPrintBuilderSpecs
{
    [Fact]
    public void Labels_go_through_the_translation_and_the_decisions_texts_are_kept_as_written()
    {
        var state = Denied("dp-denied");
        var translated = new List<string>();
        string Translate(string english)
        {
            translated.Add(english);
            return "«" + english + "»";
        }

        var print = DecisionPrintBuilder.Build(state, state.Decision!, "Latvijas centrs (hub-lv)", "Akadēmiskās informācijas centrs", CultureInfo.GetCultureInfo("lv"), Translate);

        Assert.Equal(("lv", "Latvijas centrs (hub-lv)", state.CaseId, state.Decision!.DecisionId), (print.Language, print.DecidingHub, print.CaseId, print.DecisionId));
        Assert.Equal(("«Recognition denied»", "Datu analīze Python valodā"), (print.Outcome, print.Target));
        Assert.Equal("«Recognition decision»", print.Labels.Title);
        Assert.Equal("«Page {0} of {1}»", print.Labels.Page);
        Assert.Contains(print.Facts, f => f.Label == "«Appeal body»" && f.Value == "Akadēmiskās informācijas centrs");
        Assert.Contains(print.Facts, f => f.Label == "«Decision taken by»" && f.Value == "«A recognition officer»");
        Assert.Contains(print.Facts, f => f.Label == "«Appeal until»" && f.Value.Length > 0);
        Assert.Equal(("«Reasons»", "Vienu EKI līmeni zemāk par kursu."), (print.Sections[0].Heading, print.Sections[0].Body));
        Assert.Contains(print.Sections, s => s.Heading == "«How to appeal»" && s.Body == "Appeal in writing within 30 days.");
        Assert.DoesNotContain("Vienu EKI līmeni zemāk par kursu.", translated);
    }

    [Fact]
    public void A_decision_of_the_rules_without_written_reasons_prints_its_summary_as_the_reasons()
    {
        var state = DecidedInFull("dp-full");

        var print = DecisionPrintBuilder.Build(state, state.Decision!, "hub-lv", "", CultureInfo.InvariantCulture, s => s);

        Assert.Equal("Full recognition", print.Outcome);
        Assert.Equal(state.Decision!.Summary, print.Sections.Single(s => s.Heading == "Reasons").Body);
        Assert.DoesNotContain(print.Facts, f => f.Label == "Appeal body" || f.Label == "Appeal until");
    }
}
