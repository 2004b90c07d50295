using Exchange.Adapters.Common;
using static Exchange.Adapters.Recognition.Criteria.Assessments;

namespace Exchange.Adapters.Recognition.Criteria;

/// <summary>
/// Workload: summed ECTS against the target's. More is never a difference; a shortfall within tolerance
/// is not substantial; a larger one is closable by extra credits when enough is already there, otherwise
/// potentially substantial. Either side may be a range (a stated range, or a conversion by a factor range):
/// only a result that holds at both ends is decided; anything in between goes to an officer.
/// </summary>
internal static class WorkloadCriterion
{
    public static CriterionAssessment Assess(Evidence evidence, RecognitionTarget target, RecognitionPolicy policy, PurposeSettings settings)
    {
        if (target.RequiredRange is not { } requiredRange || !settings.CompareWorkload)
        {
            return Make(Criterion.Workload, Finding.NotConsidered, null, null, "workload.not_considered",
                "Workload is not weighed for this target and purpose.");
        }

        // Tolerance and closable share are measured against the lower end: the smaller tolerance is the cautious one.
        var required = requiredRange.Min;
        if (evidence.Disagreements.FirstOrDefault() is { } parts)
        {
            return Make(Criterion.Workload, Finding.Undetermined, null, null, "credits.parts_disagree",
                Say($"The printed workload {parts.PrintedTotal} of {parts.CredentialId} differs from the sum of its parts {parts.SumOfParts}; the parts were converted, and an officer must check the transcript."),
                Arg("credential", parts.CredentialId), Arg("total", parts.PrintedTotal), Arg("parts", parts.SumOfParts));
        }

        if (evidence.TotalEcts is not { } ects)
        {
            // The first workload that cannot be converted says why (the evidence lists every conversion).
            var why = evidence.Credits.Select(c => c is null ? Message.Of("workload.missing", "A workload is missing.") : c.IsConverted ? null : c.Why ?? throw new InvalidOperationException("An unconverted workload always says why.")).First(m => m is not null)!;
            return Make(Criterion.Workload, Finding.Undetermined, null, "ECTS", "workload.unknown",
                Say($"The workload cannot be expressed in ECTS: {why.English}"), [Arg("required", requiredRange), Arg("reason", why.Key), .. why.Arguments]);
        }

        if (ects.Min >= requiredRange.Max)
        {
            return Make(Criterion.Workload, Finding.NoDifference, ects.Min - requiredRange.Max, "ECTS", "workload.meets",
                Say($"{ects} ECTS meets the required {requiredRange} ECTS."), Arg("actual", ects), Arg("required", requiredRange));
        }

        var tolerance = Math.Max(required * policy.WorkloadShortfallTolerance, policy.WorkloadShortfallToleranceEcts);
        var worstShortfall = requiredRange.Max - ects.Min;
        if (worstShortfall <= tolerance)
        {
            return Make(Criterion.Workload, Finding.NotSubstantial, -worstShortfall, "ECTS", "workload.within_tolerance",
                Say($"{ects} ECTS is at most {worstShortfall:0.##} ECTS short of {requiredRange}, within the tolerance of {tolerance:0.##} ECTS."),
                Arg("actual", ects), Arg("required", requiredRange), Arg("tolerance", tolerance), Arg("shortfall", worstShortfall));
        }

        if (ects.Max >= required)
        {
            return Make(Criterion.Workload, Finding.Undetermined, -worstShortfall, "ECTS", "workload.range_straddles",
                Say($"The converted workload {ects} ECTS may or may not reach {requiredRange} ECTS; an officer must check the original workload."),
                Arg("actual", ects), Arg("required", requiredRange));
        }

        var shortfall = required - ects.Max;
        if (!requiredRange.IsPoint)
        {
            // Certainly short, but by how much depends on where in its range the target lies: no measure can be sized.
            var most = requiredRange.Max - ects.Min;
            return Make(Criterion.Workload, Finding.Undetermined, -shortfall, "ECTS", "credits.target_range_short",
                Say($"{ects} ECTS is {shortfall:0.##}–{most:0.##} ECTS short of the target's {requiredRange} ECTS; an officer must settle the target's workload before a measure can be sized."),
                Arg("actual", ects), Arg("required", requiredRange), Arg("least", shortfall), Arg("most", most));
        }

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

    /// <summary>The credits recognised towards the target: the file's ECTS capped at the target's (upper) requirement.</summary>
    public static DecimalRange? Recognised(Evidence evidence, RecognitionTarget target) =>
        evidence.TotalEcts is not { } ects ? null
        : target.RequiredRange is { } required ? new DecimalRange(Math.Min(ects.Min, required.Max), Math.Min(ects.Max, required.Max))
        : ects;
}
