using CsCheck;
using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Recognition.Stacking;
using Exchange.Adapters.Tests.Recognition;
using Exchange.Adapters.Tests.Support;
using Exchange.Adapters.Text;

namespace Exchange.Adapters.Tests.Properties;

/// <summary>Stack progress on generated stacks: each credential counts once whatever the order or repetition, earned
/// and missing add up to the requirement, and a complete stack has nothing missing.</summary>
public class StackProgressPropertySpecs
{
    private const int Iterations = 200;
    private static readonly StackProgressCalculator Stacks = RecognitionRules.Default.Stacks;

    // Up to five distinct micro-credentials (id, ECTS, outcome mask), then a list that repeats and reorders them.
    private static readonly Gen<(Credential[] Distinct, Credential[] Given)> AnyStack =
        Gen.Select(Gen.Decimal[0.5m, 12m], Gen.Int[0, 15]).Array[1, 5]
            .SelectMany(parts =>
            {
                var distinct = parts.Select((p, i) => Samples.UkrainianMicro with
                {
                    Id = "mc-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Workload = new Workload(Math.Round(p.Item1, 1), CreditUnit.UkrainianEcts),
                    LearningOutcomes = [.. Outcomes.UkrainianMicro.Where((_, k) => (p.Item2 & (1 << k)) != 0)],
                }).ToArray();
                return Gen.Int[0, distinct.Length - 1].Array[distinct.Length, distinct.Length * 3]
                    .Select(picks => (distinct, picks.Select(k => distinct[k]).Concat(distinct).ToArray()));
            });

    [Fact]
    public void Earned_counts_each_credential_once_and_earned_plus_missing_meet_the_requirement() =>
        AnyStack.Sample(stack =>
        {
            var requirements = StackProgressSpecs.DataProgramme;
            var progress = Stacks.Calculate(requirements.Id, requirements, stack.Given, Samples.AssessmentDate, new MatchThresholds());
            var once = Stacks.Calculate(requirements.Id, requirements, stack.Distinct, Samples.AssessmentDate, new MatchThresholds());

            var sum = stack.Distinct.Sum(c => c.Workload!.Amount);
            Assert.Equal(DecimalRange.Point(sum), progress.Earned);
            Assert.Equal(stack.Distinct.Length, progress.CredentialIds.Count);
            Assert.Equal(Math.Max(0, requirements.Workload!.Amount - sum), progress.Missing!.Value.Min);
            Assert.Equal(once.CoveredOutcomeIds.Order(), progress.CoveredOutcomeIds.Order());
            Assert.Equal(requirements.Outcomes.Count, progress.CoveredOutcomeIds.Count + progress.MissingOutcomeIds.Count + progress.UncertainOutcomeIds.Count);
            Assert.True(!progress.Complete || (progress.Missing.Value.Max == 0 && progress.MissingOutcomeIds.Count == 0 && progress.UncertainOutcomeIds.Count == 0));
        }, iter: Iterations);
}
