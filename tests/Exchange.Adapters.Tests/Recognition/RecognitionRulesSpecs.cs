using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Grades;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Tests.Support;

namespace Exchange.Adapters.Tests.Recognition;

public class RecognitionRulesSpecs
{
    private static readonly RecognitionRules Rules = RecognitionRules.Default;

    private static RecognitionAssessment Assess(Credential credential, RecognitionTarget? target = null, RecognitionPolicy? policy = null, RecognitionPurpose purpose = RecognitionPurpose.CreditTransfer)
    {
        target ??= Samples.LatvianCourse;
        return Rules.Assess(credential, Rules.Prepare(target), purpose, policy ?? Samples.Policy(target.Country), Samples.AssessmentDate);
    }

    [Fact]
    public void The_outcome_type_has_no_denial() =>
        Assert.Equal(["Full", "Partial", "ReferredToOfficer"], Enum.GetNames<RecognitionOutcome>());

    [Fact]
    public void Every_assessment_has_exactly_one_result_per_criterion_in_a_fixed_order() =>
        Assert.Equal(Enum.GetValues<Criterion>(), Assess(Samples.UkrainianMicro).Criteria.Select(c => c.Criterion));

    [Fact]
    public void Explanations_carry_a_message_key_and_arguments_for_other_languages()
    {
        var level = Assess(Samples.UkrainianMicro with { Level = new(QualificationFramework.UkraineNqf, 5) })[Criterion.Level];

        Assert.Equal("level.below", level.MessageKey);
        Assert.Equal([new MessageArgument("actual", "5"), new MessageArgument("required", "6"), new MessageArgument("gap", "1")], level.Arguments);
        Assert.Equal(-1, level.MeasuredDifference);
        Assert.Contains("EQF 5", level.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_decision_is_due_four_months_after_the_file_became_complete()
    {
        var assessment = Rules.Assess(Samples.UkrainianMicro, Rules.Prepare(Samples.LatvianCourse), RecognitionPurpose.CreditTransfer,
            Samples.Policy(CountryCodes.Latvia), Samples.AssessmentDate, fileCompletedOn: new DateOnly(2026, 1, 15));

        Assert.Equal(new DateOnly(2026, 5, 15), assessment.DecisionDueBy);
    }

    [Fact]
    public void The_decision_deadline_is_policy()
    {
        var assessment = Assess(Samples.UkrainianMicro, policy: Samples.Policy(CountryCodes.Latvia) with { DecisionDeadlineMonths = 2 });

        Assert.Equal(Samples.AssessmentDate.AddMonths(2), assessment.DecisionDueBy);
    }

    [Fact]
    public void An_incomplete_file_is_kept_with_its_missing_elements_and_not_assessed()
    {
        var assessment = Assess(Samples.LatvianMicro with { Purpose = null });

        Assert.Equal(AssessmentStatus.AwaitingCompleteFile, assessment.Status);
        Assert.Null(assessment.Outcome);
        Assert.Empty(assessment.Criteria);
        Assert.Contains("purpose", assessment.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workload_tolerance_is_policy()
    {
        var fourFifths = Samples.UkrainianMicro with { Workload = new Workload(4.8m, CreditUnit.UkrainianEcts) };

        Assert.Equal(Finding.Closable, Assess(fourFifths)[Criterion.Workload].Finding);
        Assert.Equal(Finding.NotSubstantial, Assess(fourFifths, policy: Samples.Policy(CountryCodes.Latvia) with { WorkloadShortfallTolerance = 0.2m })[Criterion.Workload].Finding);
    }

    [Fact]
    public void Non_EQAR_national_QA_can_be_made_to_need_an_officer_by_policy()
    {
        var strict = Samples.Policy(CountryCodes.Latvia) with { AcceptNationalQualityAssurance = false };

        Assert.Equal(Finding.Undetermined, Assess(Samples.UkrainianMicro, policy: strict)[Criterion.Quality].Finding);
    }

    [Fact]
    public void Partial_recognition_states_what_is_recognised_and_how_to_close_the_gap()
    {
        var assessment = Assess(Samples.UkrainianMicro with { Workload = new Workload(3, CreditUnit.UkrainianEcts), LearningOutcomes = [Outcomes.UkrainianMicro[0], Outcomes.UkrainianMicro[3]] });
        var scope = assessment.Scope!;

        Assert.Equal(RecognitionOutcome.Partial, assessment.Outcome);
        Assert.Equal(DecimalRange.Point(3), scope.RecognisedEcts);
        Assert.Equal(3, scope.MissingEcts);
        Assert.Equal(6, scope.RecognisedEqfLevel);
        Assert.Equal([0, 3], scope.CoveredTargetOutcomes);
        Assert.Equal([1, 2], scope.MissingTargetOutcomes);
        Assert.Equal([MeasureKind.AdditionalCredits, MeasureKind.BridgingModule], scope.CompensatoryMeasures.Select(m => m.Kind));
        Assert.Equal([1, 2], scope.CompensatoryMeasures[1].TargetOutcomes);
    }

    [Fact]
    public void Conversions_are_reported_with_original_and_host_values()
    {
        var assessment = Assess(Samples.KazakhMicro);

        var credit = Assert.Single(assessment.CreditConversions);
        Assert.Equal((6m, CreditUnit.KazakhAcademicCredit), (credit.Original.Amount, credit.Original.Unit));
        Assert.Equal((CreditUnit.LatvianCreditPoint, DecimalRange.Point(6)), (credit.TargetUnit, credit.Converted));

        var grade = Assert.Single(assessment.GradeConversions);
        Assert.Equal((GradeScales.Latvian10, GradeConversionMethod.LinearPassAndMaximum), (grade.HostScaleId, grade.Method));
        Assert.Equal((QualificationFramework.LatviaLqf, 6), (assessment.HostLevel!.HostLevel!.Framework, assessment.HostLevel.HostLevel.Level));
    }

    [Fact]
    public void Stacking_sums_workload_and_takes_the_lowest_level()
    {
        var first = Samples.UkrainianMicro with { Workload = new Workload(2, CreditUnit.UkrainianEcts), Level = new(QualificationFramework.UkraineNqf, 7) };
        var second = Samples.LatvianMicro with { Workload = new Workload(2, CreditUnit.LatvianCreditPoint, "legacy") };

        var assessment = Rules.Assess([first, second], Rules.Prepare(Samples.LatvianCourse), RecognitionPurpose.CreditTransfer, Samples.Policy(CountryCodes.Latvia), Samples.AssessmentDate);

        Assert.Equal(DecimalRange.Point(5), assessment.Scope!.RecognisedEcts);
        Assert.Equal(6, assessment.Scope.RecognisedEqfLevel);
        Assert.Equal(2, assessment.LevelMappings.Count);
    }

    [Fact]
    public void A_prepared_target_gives_the_same_answer_as_preparing_it_again()
    {
        var prepared = Rules.Prepare(Samples.LatvianCourse);

        var first = Rules.Assess(Samples.KazakhMicro, prepared, RecognitionPurpose.CreditTransfer, Samples.Policy(CountryCodes.Latvia), Samples.AssessmentDate);
        var second = Assess(Samples.KazakhMicro);

        Assert.Equal(first.Criteria, second.Criteria);
        Assert.Equal(first.Outcome, second.Outcome);
    }

    [Fact]
    public void Weak_outcome_evidence_goes_to_an_officer_instead_of_being_passed()
    {
        var vague = Samples.UkrainianMicro with { LearningOutcomes = [LearningOutcome.In("en", "Work with data sets and programs")] };

        var assessment = Assess(vague);

        Assert.Equal(RecognitionOutcome.ReferredToOfficer, assessment.Outcome);
        Assert.Equal(Finding.Undetermined, assessment[Criterion.LearningOutcomes].Finding);
        Assert.Contains(assessment.OutcomeCoverage, c => c.Status == Exchange.Adapters.Text.CoverageStatus.WeakEvidence);
    }

    [Fact]
    public void Grade_distribution_tables_on_both_sides_are_preferred_in_an_assessment()
    {
        var kz = new GradeDistributionTable(GradeScales.KazakhLetter, "ISCED-F 0613",
            [new("A", 12), new("A-", 13), new("B+", 15), new("B", 20), new("B-", 15), new("C+", 10), new("C", 7), new("C-", 4), new("D+", 2), new("D-", 2)]);
        var lv = new GradeDistributionTable(GradeScales.Latvian10, "ISCED-F 0613",
            [new("10", 5), new("9", 15), new("8", 25), new("7", 25), new("6", 15), new("5", 10), new("4", 5)]);
        var credential = Samples.KazakhMicro with { Grade = new Grade("B+", GradeScales.KazakhLetter, Distribution: kz) };

        var grade = Assert.Single(Assess(credential, Samples.LatvianCourse with { HostGradeDistribution = lv }).GradeConversions);

        // B+ is the top 25–40 % of Kazakh passers; Latvian 8 spans 20–45 %.
        Assert.Equal((GradeConversionMethod.DistributionOverlap, "8", "8"), (grade.Method, grade.HostLowest, grade.HostHighest));
    }

    [Fact]
    public void Coverage_quotes_the_source_text_in_the_language_that_was_compared()
    {
        var coverage = Assess(Samples.UkrainianMicro, Samples.LatvianCourse with { Outcomes = [.. Samples.LatvianCourse.Outcomes.Select(o => o with { SkillUri = null })] }).OutcomeCoverage[0];

        Assert.Equal("en", coverage.Language);
        Assert.Equal("Write Python programs for cleaning and transforming tabular data", coverage.SourceText);
    }
}
