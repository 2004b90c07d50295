using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Rpc;
using Exchange.Hub.Services.Mapping;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.Console.Decisions;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Tests.Web.Decisions;

/// <summary>The decision form read into a decision: the case's rules answer with the API's field names and words, and
/// the console's own rules for a partial recognition and its measure rows sit beside them.</summary>
public sealed class DecisionFormMappingSpecs
{
    private static DecisionForm Partial() => new()
    {
        Outcome = "partial",
        Language = "lv",
        Justification = "Darba apjoms ir 6 no 30 ECTS.",
        RecognisedScope = "6 ECTS no moduļa Datu zinātne.",
        AppealInstructions = "Apstrīdiet lēmumu 30 dienu laikā.",
        Measures = [new MeasureRow { Kind = "Course", Description = "Moduļa atlikušās daļas kurss", Ects = "24" }, new MeasureRow()],
    };

    private static (OfficerDecisionInput? Decision, FieldMessages Messages) Read(DecisionForm form)
    {
        var messages = new FieldMessages();
        return (DecisionFormMapping.ToDecision(form, messages), messages);
    }

    /// <summary>What the API answers for the same decision, field by field.</summary>
    private static Dictionary<string, string> ApiViolations(V1.OfficerDecision decision)
    {
        var violations = new FieldViolations();
        ReviewMapper.Decision(decision, "decision", violations);
        return violations.ToBadRequest().FieldViolations.ToDictionary(v => v.Field, v => v.Description);
    }

    [Fact]
    public void A_complete_partial_recognition_becomes_the_decision_in_its_language_with_its_measures()
    {
        var (decision, messages) = Read(Partial());

        Assert.False(messages.Any);
        Assert.NotNull(decision);
        Assert.Equal(DecisionOutcome.Partial, decision.Outcome);
        Assert.Equal([new LocalText("lv", "Darba apjoms ir 6 no 30 ECTS.")], decision.Justification);
        Assert.Equal([new LocalText("lv", "6 ECTS no moduļa Datu zinātne.")], decision.RecognisedScope);
        var measure = Assert.Single(decision.Measures);
        Assert.Equal(("M1", CaseMeasureKind.Course, 24m), (measure.MeasureId, measure.Kind, measure.Ects));
        Assert.Equal([new LocalText("lv", "Moduļa atlikušās daļas kurss")], measure.Description);
        Assert.Empty(decision.Remedies);
    }

    [Fact]
    public void A_partial_recognition_without_compensatory_measures_or_recognised_part_is_refused_at_those_fields()
    {
        var noMeasures = Partial();
        noMeasures.Measures = [new MeasureRow()];
        var (decision, messages) = Read(noMeasures);

        Assert.Null(decision);
        Assert.Equal(["A partial recognition must name the compensatory measures that would close the difference."],
            messages.For("decision.compensatory_measures"));

        var form = Partial();
        form.RecognisedScope = "  ";
        Assert.Equal(["A partial recognition must say which part is recognised."], Read(form).Messages.For("decision.recognised_scope"));
    }

    [Fact]
    public void A_denial_without_remedies_gets_the_apis_message_at_the_apis_field()
    {
        var form = new DecisionForm { Outcome = "denied", Language = "en" };

        var (decision, messages) = Read(form);

        Assert.Null(decision);
        var api = ApiViolations(new V1.OfficerDecision { Outcome = V1.RecognitionOutcome.Denied });
        Assert.Equal(["decision.justification", "decision.appeal_instructions", "decision.remedies"], messages.Fields);
        Assert.All(messages.Fields, field => Assert.Equal([api[field]], messages.For(field)));
    }

    [Fact]
    public void An_outcome_that_is_not_full_partial_or_denied_gets_the_apis_message()
    {
        var (decision, messages) = Read(new DecisionForm { Outcome = "referred" });

        Assert.Null(decision);
        Assert.Equal([ApiViolations(new V1.OfficerDecision())["decision.outcome"]], messages.For("decision.outcome"));
    }

    [Fact]
    public void A_full_recognition_needs_no_reasons()
    {
        var (decision, messages) = Read(new DecisionForm { Outcome = "full", Language = "uk", Measures = [new MeasureRow { Description = "ignored" }] });

        Assert.False(messages.Any);
        Assert.Equal(DecisionOutcome.Full, decision!.Outcome);
        Assert.Empty(decision.Measures);
    }

    [Theory]
    [InlineData("six", "decision.compensatory_measures[0].workload")]
    [InlineData("0", "decision.compensatory_measures[0].workload")]
    [InlineData("400", "decision.compensatory_measures[0].workload")]
    public void A_measure_row_with_an_unreadable_workload_is_refused_at_that_row(string ects, string field)
    {
        var form = Partial();
        form.Measures = [new MeasureRow(), new MeasureRow { Kind = "Exam", Description = "Eksāmens", Ects = ects }];

        var (decision, messages) = Read(form);

        Assert.Null(decision);
        Assert.Equal([field], messages.Fields);
    }

    [Fact]
    public void A_workload_with_a_decimal_comma_is_read_and_a_row_without_description_is_refused()
    {
        var form = Partial();
        form.Measures = [new MeasureRow { Kind = "Practice", Description = "Prakse", Ects = "7,5" }];
        Assert.Equal(7.5m, Read(form).Decision!.Measures[0].Ects);

        form.Measures = [new MeasureRow { Kind = "Practice", Description = "", Ects = "3" }, new MeasureRow { Kind = "Nope", Description = "x" }];
        var messages = Read(form).Messages;
        Assert.Equal(["decision.compensatory_measures[0].description", "decision.compensatory_measures[1].kind"], messages.Fields);
    }

    [Fact]
    public void A_language_the_console_does_not_offer_is_refused()
    {
        var form = Partial();
        form.Language = "de";

        Assert.Equal(["decision.language"], Read(form).Messages.Fields);
    }
}
