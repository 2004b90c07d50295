using static Exchange.Adapters.Recognition.Criteria.Assessments;

namespace Exchange.Adapters.Recognition.Criteria;

/// <summary>
/// Level: the credential's EQF level against the level the target requires. A higher level is never a
/// difference; a lower one is potentially substantial; a band straddling the requirement or an unknown
/// level goes to an officer.
/// </summary>
internal static class LevelCriterion
{
    public static CriterionAssessment Assess(Evidence evidence, RecognitionTarget target, RecognitionPolicy policy)
    {
        if (target.RequiredEqfLevel is not { } required)
        {
            return Make(Criterion.Level, Finding.NotConsidered, null, null, "level.not_required", "The target sets no level.");
        }

        if (evidence.LowestLevel is not { } level)
        {
            // The first level that has no EQF place says why (the evidence lists every mapping).
            var why = evidence.Levels.First(l => !l.IsMapped).Why ?? throw new InvalidOperationException("An unplaced level always says why.");
            return Make(Criterion.Level, Finding.Undetermined, null, "EQF", "level.unknown",
                Say($"The level cannot be placed on the EQF: {why.English} An officer must establish it."),
                [Arg("required", required), Arg("reason", why.Key), .. why.Arguments]);
        }

        if (level.Min >= required)
        {
            return Make(Criterion.Level, Finding.NoDifference, level.Min - required, "EQF", "level.meets",
                Say($"EQF {level} meets the required EQF {required}; a higher level is not a difference."),
                Arg("actual", level), Arg("required", required));
        }

        if (level.Max >= required)
        {
            return Make(Criterion.Level, Finding.Undetermined, level.Min - required, "EQF", "level.straddles",
                Say($"The level maps to the band EQF {level}, which straddles the required EQF {required}; an officer must decide which applies."),
                Arg("actual", level), Arg("required", required));
        }

        var gap = required - level.Max;
        if (gap <= policy.LevelTolerance)
        {
            return Make(Criterion.Level, Finding.NotSubstantial, -gap, "EQF", "level.within_tolerance",
                Say($"EQF {level} is {gap} below the required EQF {required}, within the policy's tolerance of {policy.LevelTolerance}."),
                Arg("actual", level), Arg("required", required), Arg("tolerance", policy.LevelTolerance), Arg("gap", gap));
        }

        return Make(Criterion.Level, Finding.PotentiallySubstantial, -gap, "EQF", "level.below",
            Say($"EQF {level} is {gap} level(s) below the required EQF {required}; this may be a substantial difference."),
            Arg("actual", level), Arg("required", required), Arg("gap", gap));
    }
}
