using Exchange.Adapters.Recognition;
using Exchange.Adapters.Tests.Support;

namespace Exchange.Adapters.Tests.Scenarios;

/// <summary>Runs every row of <see cref="ScenarioCatalogue"/> and checks outcome and flagged criteria.</summary>
public class ScenarioSpecs
{
    private static readonly RecognitionRules Rules = RecognitionRules.Default;

    public static TheoryData<string> Names => [.. ScenarioCatalogue.All.Select(s => s.Name)];

    [Fact]
    public void The_catalogue_has_at_least_sixty_distinct_cases_each_with_a_reason_and_a_source()
    {
        Assert.True(ScenarioCatalogue.All.Count >= 60, $"{ScenarioCatalogue.All.Count} scenarios");
        Assert.Equal(ScenarioCatalogue.All.Count, ScenarioCatalogue.All.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ScenarioCatalogue.All, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason), s.Name));
        Assert.All(ScenarioCatalogue.All, s => Assert.False(string.IsNullOrWhiteSpace(s.Source), s.Name));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Scenario_reaches_the_expected_outcome_with_the_expected_flags(string name)
    {
        var scenario = ScenarioCatalogue.Named(name);
        var policy = scenario.Policy ?? Samples.Policy(scenario.Target.Country);

        var assessment = Rules.Assess(scenario.Credentials, Rules.Prepare(scenario.Target), scenario.Purpose, policy, Samples.AssessmentDate);

        Assert.True(scenario.Expected == assessment.Outcome, $"{scenario.Reason}\nexpected {scenario.Expected}, got {assessment.Outcome}: {assessment.Summary}\n{Describe(assessment)}");
        Assert.Equal(scenario.Flagged.Order(), assessment.Criteria.Where(c => c.PotentiallySubstantial).Select(c => c.Criterion).Order());
        scenario.Also?.Invoke(assessment);
        switch (assessment.Outcome)
        {
            case null:
                Assert.Equal(AssessmentStatus.AwaitingCompleteFile, assessment.Status);
                Assert.Null(assessment.DecisionDueBy);
                Assert.Contains(assessment.Validation, v => !v.IsComplete);
                break;
            case RecognitionOutcome.Partial:
                Assert.NotEmpty(assessment.Scope!.CompensatoryMeasures);
                Assert.NotEmpty(assessment.Scope.NotRecognised);
                break;
            case RecognitionOutcome.ReferredToOfficer:
                Assert.Contains(assessment.Criteria, c => c.NeedsOfficer);
                break;
            default:
                Assert.Empty(assessment.Scope!.CompensatoryMeasures);
                break;
        }
    }

    private static string Describe(RecognitionAssessment assessment) =>
        string.Join("\n", assessment.Criteria.Select(c => $"  {c.Criterion}: {c.Finding} — {c.Explanation}"))
        + "\n" + string.Join("\n", assessment.OutcomeCoverage.Select(o => $"  t{o.TargetIndex} {o.Status} {o.Score:0.00} {o.Language}"))
        + "\n" + string.Join("\n", assessment.Validation.SelectMany(v => v.Issues).Select(i => $"  {i.Element}: {i.Message}"));
}
