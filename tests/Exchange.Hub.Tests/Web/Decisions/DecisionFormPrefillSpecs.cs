using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Web.Console.Decisions;

namespace Exchange.Hub.Tests.Web.Decisions;

/// <summary>The form as an officer first sees it: the policy's appeal route, the assessment's part and measures.</summary>
public sealed class DecisionFormPrefillSpecs
{
    private static readonly HubRecognitionPolicy Policy = HubRecognitionPolicy.Defaults("LV") with
    {
        AppealInstructions = "Contest the decision in writing within 30 days.",
        AppealBodyName = "Ministry of Education and Science",
        AppealPeriodDays = 30,
    };

    [Fact]
    public void The_appeal_route_comes_from_the_policy_and_the_part_and_measures_from_the_assessment()
    {
        var state = new RecognitionCaseState
        {
            CaseId = "rc-000000000000000000000001",
            Assessment = new CaseAssessment(RecognitionOutcome.ReferredToOfficer, "Workload short.", [], null, [], [],
                [new CaseMeasure("M1", CaseMeasureKind.AdditionalCredits, [new LocalText("en", "Earn 24 more ECTS.")], [Criterion.Workload], 24m)],
                "6 ECTS of the module.", "24 ECTS of the module."),
        };

        var form = DecisionFormPrefill.For(state, Policy, "kk");

        Assert.Equal("Contest the decision in writing within 30 days. Appeal body: Ministry of Education and Science. Appeal period: 30 days.", form.AppealInstructions);
        Assert.Equal(("kk", "", "6 ECTS of the module.", "24 ECTS of the module."), (form.Language, form.Outcome, form.RecognisedScope, form.NotRecognisedScope));
        var row = Assert.Single(form.Measures);
        Assert.Equal(("AdditionalCredits", "Earn 24 more ECTS.", "24"), (row.Kind, row.Description, row.Ects));
    }

    [Fact]
    public void Instructions_that_already_name_the_appeal_body_are_offered_as_written_and_an_unknown_language_falls_back_to_english()
    {
        var policy = Policy with { AppealInstructions = "Appeal to the Ministry of Education and Science within 30 days." };

        var form = DecisionFormPrefill.For(new RecognitionCaseState(), policy, "de");

        Assert.Equal((policy.AppealInstructions, "en"), (form.AppealInstructions, form.Language));
        Assert.Empty(form.Measures);
    }
}
