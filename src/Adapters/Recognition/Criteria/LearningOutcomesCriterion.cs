using Exchange.Adapters.Text;
using static Exchange.Adapters.Recognition.Criteria.Assessments;

namespace Exchange.Adapters.Recognition.Criteria;

/// <summary>
/// Learning outcomes: share of the target's outcomes covered by the (pooled) source outcomes. Weak text
/// evidence or no common language is never passed silently: it goes to an officer unless the covered
/// outcomes alone already reach the bar for full recognition.
/// </summary>
internal static class LearningOutcomesCriterion
{
    public static CriterionAssessment Assess(Evidence evidence, RecognitionTarget target, RecognitionPolicy policy, PurposeSettings settings, IReadOnlyList<OutcomeCoverage> coverage)
    {
        if (target.Outcomes.Count == 0 || !settings.CompareOutcomes)
        {
            return Make(Criterion.LearningOutcomes, Finding.NotConsidered, null, null, "outcomes.not_considered",
                "Learning outcomes are not weighed for this target and purpose.");
        }

        if (AutomaticBases.ForAll(evidence.Credentials, policy) is { } basis)
        {
            return Make(Criterion.LearningOutcomes, Finding.NoDifference, null, null, AutomaticBases.OutcomesKey,
                Say($"The outcomes are recognised automatically: every provider is on an automatic recognition list (relied on: list {basis.ListId}, version {basis.ListVersion}, provider {basis.ProviderId})."),
                AutomaticBases.Arguments(basis));
        }

        if (NoOutcomes(evidence))
        {
            return Make(Criterion.LearningOutcomes, Finding.Undetermined, null, null, "outcomes.none_stated",
                "The credential states no learning outcomes to compare.");
        }

        int covered = 0, weak = 0, foreign = 0;
        foreach (var c in coverage)
        {
            switch (c.Status)
            {
                case CoverageStatus.Covered: covered++; break;
                case CoverageStatus.WeakEvidence: weak++; break;
                case CoverageStatus.NoCommonLanguage: foreign++; break;
                default: break;
            }
        }

        var total = coverage.Count;
        var share = (decimal)covered / total;
        var missing = total - covered;
        var arguments = new[] { Arg("covered", covered), Arg("total", total), Arg("weak", weak), Arg("no_common_language", foreign), Arg("missing", missing) };

        if (share >= policy.OutcomeCoverageForFull)
        {
            return covered == total
                ? Make(Criterion.LearningOutcomes, Finding.NoDifference, 0, "outcomes", "outcomes.all_covered",
                    Say($"All {total} target outcomes are covered."), arguments)
                : Make(Criterion.LearningOutcomes, Finding.NotSubstantial, -missing, "outcomes", "outcomes.enough_covered",
                    Say($"{covered} of {total} target outcomes are covered, enough under the policy; {weak} weakly evidenced and {foreign} in no common language are listed for the record."),
                    arguments);
        }

        if (weak + foreign > 0)
        {
            return Make(Criterion.LearningOutcomes, Finding.Undetermined, -missing, "outcomes", "outcomes.uncertain",
                Say($"{covered} of {total} target outcomes are clearly covered; {weak} have only weak textual evidence and {foreign} share no language with the credential. An officer must read them."),
                arguments);
        }

        if (share >= policy.OutcomeCoverageForPartial)
        {
            return Make(Criterion.LearningOutcomes, Finding.Closable, -missing, "outcomes", "outcomes.partly_covered",
                Say($"{covered} of {total} target outcomes are covered; the other {missing} can be closed by a bridging module."),
                arguments);
        }

        return Make(Criterion.LearningOutcomes, Finding.PotentiallySubstantial, -missing, "outcomes", "outcomes.mostly_missing",
            Say($"Only {covered} of {total} target outcomes are covered; this may be a substantial difference."),
            arguments);
    }

    private static bool NoOutcomes(Evidence evidence)
    {
        foreach (var credential in evidence.Credentials)
        {
            if (credential.LearningOutcomes.Count > 0)
            {
                return false;
            }
        }

        return true;
    }
}
