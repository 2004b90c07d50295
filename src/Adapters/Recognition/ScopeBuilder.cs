using System.Globalization;
using Exchange.Adapters.Common;
using Exchange.Adapters.Recognition.Criteria;
using Exchange.Adapters.Text;

namespace Exchange.Adapters.Recognition;

/// <summary>Works out what is recognised, what is not, and which measures would close the gap.</summary>
internal static class ScopeBuilder
{
    public static RecognitionScope Build(Evidence evidence, RecognitionTarget target, IReadOnlyList<CriterionAssessment> criteria, IReadOnlyList<OutcomeCoverage> coverage)
    {
        var notRecognised = new List<Message>();
        var measures = new List<CompensatoryMeasure>();

        var recognisedEcts = WorkloadCriterion.Recognised(evidence, target);
        var missingEcts = 0m;
        var workload = criteria.First(c => c.Criterion == Criterion.Workload);

        // A shortfall within tolerance, or one the purpose does not weigh, needs no measure; nor can one be sized
        // against a target whose workload is a range.
        if (workload.PotentiallySubstantial && target.RequiredRange is { IsPoint: true } && target.RequiredEcts is { } required && evidence.TotalEcts is { } ects && ects.Max < required)
        {
            missingEcts = required - ects.Max;
            notRecognised.Add(Message.Of("scope.missing_ects", Say($"{missingEcts:0.##} ECTS of the target's {required:0.##} ECTS"),
                Arg("missing", missingEcts), Arg("required", required)));
            measures.Add(new CompensatoryMeasure(MeasureKind.AdditionalCredits,
                Message.Of("measure.additional_credits", Say($"Earn {missingEcts:0.##} further ECTS in the target's field."), Arg("ects", missingEcts)), missingEcts, []));
        }

        var level = criteria.First(c => c.Criterion == Criterion.Level);
        int? recognisedLevel = level.NeedsOfficer ? null : evidence.LowestLevel?.Min;
        if (level.NeedsOfficer)
        {
            notRecognised.Add(Message.Of("scope.level_for_officer", "level (for an officer to establish)"));
        }

        var covered = new List<int>();
        var missing = new List<int>();
        var outcomes = criteria.First(c => c.Criterion == Criterion.LearningOutcomes);
        if (outcomes.Finding == Finding.NoDifference && outcomes.MessageKey == AutomaticBases.OutcomesKey)
        {
            for (var i = 0; i < target.Outcomes.Count; i++)
            {
                covered.Add(i);
            }
        }
        else
        {
            foreach (var c in coverage)
            {
                (c.Status == CoverageStatus.Covered ? covered : missing).Add(c.TargetIndex);
            }
        }

        if (missing.Count > 0 && outcomes.PotentiallySubstantial)
        {
            foreach (var index in missing)
            {
                notRecognised.Add(Message.Of("scope.missing_outcome", "outcome: " + target.Outcomes[index].Display, Arg("outcome", target.Outcomes[index].Display)));
            }

            measures.Add(new CompensatoryMeasure(MeasureKind.BridgingModule,
                Message.Of("measure.bridging_module", Say($"A bridging module or assessment covering {missing.Count} target outcome(s) not evidenced."),
                    Arg("count", missing.Count)), null, missing));
        }

        return new RecognitionScope(recognisedEcts, missingEcts, recognisedLevel, covered, missing, notRecognised, measures)
        {
            Recognised = RecognisedText(recognisedEcts, recognisedLevel, covered.Count),
        };
    }

    private static Message RecognisedText(DecimalRange? ects, int? level, int covered)
    {
        var amount = ects?.ToString() ?? "0";
        return level is { } eqf
            ? Message.Of("scope.recognised", Say($"{amount} ECTS; EQF level {eqf}; {covered} target outcome(s) covered."),
                Arg("ects", amount), Arg("level", eqf), Arg("covered", covered))
            : Message.Of("scope.recognised_no_level", Say($"{amount} ECTS; EQF level not established; {covered} target outcome(s) covered."),
                Arg("ects", amount), Arg("covered", covered));
    }

    private static MessageArgument Arg(string name, object? value) => MessageArgument.Of(name, value);

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
