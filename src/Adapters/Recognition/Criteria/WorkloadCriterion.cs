using Exchange.Adapters.Common;
using static Exchange.Adapters.Recognition.Criteria.Assessments;

namespace Exchange.Adapters.Recognition.Criteria;

/// <summary>
/// Workload: summed ECTS against the target's. More is never a difference; a shortfall within tolerance
/// is not substantial; a larger one is closable by extra credits when enough is already there, otherwise
/// potentially substantial.
/// </summary>
internal static class WorkloadCriterion
{
    public static CriterionAssessment Assess(Evidence evidence, RecognitionTarget target, RecognitionPolicy policy, PurposeSettings settings)
    {
        if (target.RequiredEcts is not { } required || !settings.CompareWorkload)
        {
            return Make(Criterion.Workload, Finding.NotConsidered, null, null, "workload.not_considered",
                "Workload is not weighed for this target and purpose.");
        }

        if (evidence.TotalEcts is not { } ects)
        {
            // The first workload that cannot be converted says why (the evidence lists every conversion).
            var why = evidence.Credits.Select(c => c is null ? Message.Of("workload.missing", "A workload is missing.") : c.IsConverted ? null : c.Why ?? throw new InvalidOperationException("An unconverted workload always says why.")).First(m => m is not null)!;
            return Make(Criterion.Workload, Finding.Undetermined, null, "ECTS", "workload.unknown",
                Say($"The workload cannot be expressed in ECTS: {why.English}"), [Arg("required", required), Arg("reason", why.Key), .. why.Arguments]);
        }

        if (ects.Min >= required)
        {
            return Make(Criterion.Workload, Finding.NoDifference, ects.Min - required, "ECTS", "workload.meets",
                Say($"{ects} ECTS meets the required {required:0.##} ECTS."), Arg("actual", ects), Arg("required", required));
        }

        var tolerance = Math.Max(required * policy.WorkloadShortfallTolerance, policy.WorkloadShortfallToleranceEcts);
        var worstShortfall = required - ects.Min;
        if (worstShortfall <= tolerance)
        {
            return Make(Criterion.Workload, Finding.NotSubstantial, -worstShortfall, "ECTS", "workload.within_tolerance",
                Say($"{ects} ECTS is at most {worstShortfall:0.##} ECTS short of {required:0.##}, within the tolerance of {tolerance:0.##} ECTS."),
                Arg("actual", ects), Arg("required", required), Arg("tolerance", tolerance), Arg("shortfall", worstShortfall));
        }

        if (ects.Max >= required)
        {
            return Make(Criterion.Workload, Finding.Undetermined, -worstShortfall, "ECTS", "workload.range_straddles",
                Say($"The converted workload {ects} ECTS may or may not reach {required:0.##} ECTS; an officer must check the original workload."),
                Arg("actual", ects), Arg("required", required));
        }

        var shortfall = required - ects.Max;
        if (ects.Max >= required * policy.MinimumShareForPartial)
        {
            return Make(Criterion.Workload, Finding.Closable, -shortfall, "ECTS", "workload.shortfall_closable",
                Say($"{ects} ECTS is {shortfall:0.##} ECTS short of {required:0.##}; the remainder can be earned separately."),
                Arg("actual", ects), Arg("required", required), Arg("shortfall", shortfall));
        }

        return Make(Criterion.Workload, Finding.PotentiallySubstantial, -shortfall, "ECTS", "workload.shortfall",
            Say($"{ects} ECTS is {shortfall:0.##} ECTS short of {required:0.##}, less than {policy.MinimumShareForPartial:P0} of the target; this may be a substantial difference."),
            Arg("actual", ects), Arg("required", required), Arg("shortfall", shortfall),
            Arg("minimum_share", Say($"{policy.MinimumShareForPartial:P0}")));
    }

    public static DecimalRange? Recognised(Evidence evidence, RecognitionTarget target) =>
        evidence.TotalEcts is not { } ects ? null
        : target.RequiredEcts is { } required ? new DecimalRange(Math.Min(ects.Min, required), Math.Min(ects.Max, required))
        : ects;
}
