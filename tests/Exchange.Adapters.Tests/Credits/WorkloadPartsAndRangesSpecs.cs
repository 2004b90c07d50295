using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Tests.Support;
using Exchange.Adapters.Validation;

namespace Exchange.Adapters.Tests.Credits;

/// <summary>A workload stated by part (legacy Kazakh transcripts [K6][K7]) and workload ranges on either side.</summary>
public class WorkloadPartsAndRangesSpecs
{
    private static readonly CreditConverter Converter = new(CreditTables.Default);
    private static readonly DateOnly Issued = new(2015, 6, 26);
    private static readonly RecognitionRules Rules = RecognitionRules.Default;

    private static Workload Legacy(decimal amount, string component) => new(amount, CreditUnit.KazakhLegacyCredit, component);

    [Fact]
    public void Parts_are_converted_each_with_its_own_factor_rounded_to_whole_credits_then_summed()
    {
        var conversion = Converter.ToEcts(new Workload(129, CreditUnit.KazakhLegacyCredit),
            [Legacy(120, "bachelor_theory"), Legacy(6, "practice_industrial"), Legacy(3, "final_attestation")], Issued);

        // 3 × 3.2–4.5 = 9.6–13.5 rounds per part to 10–14; rounding the sum instead would give a different range.
        Assert.Equal([new DecimalRange(180, 216), new DecimalRange(15, 18), new DecimalRange(10, 14)], conversion.Parts.Select(p => p.Converted));
        Assert.Equal(new DecimalRange(205, 248), conversion.Converted);
        Assert.Equal(129, conversion.Original.Amount);
        Assert.Contains("final_attestation", conversion.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Rounding_is_per_part_half_credits_away_from_zero()
    {
        // 1 × 0.5–0.6 = 0.5–0.6 → 1–1 per part; two such parts are 2 ECTS, not round(1.0–1.2) = 1.
        var conversion = Converter.ToEcts(null, [Legacy(1, "practice_educational"), Legacy(1, "practice_educational")], Issued);

        Assert.Equal(DecimalRange.Point(2), conversion.Converted);
        Assert.Equal(2, conversion.Original.Amount);
    }

    [Fact]
    public void A_part_with_an_unknown_component_leaves_the_whole_unconverted_and_names_the_part()
    {
        var conversion = Converter.ToEcts(null, [Legacy(120, "bachelor_theory"), Legacy(9, "practice_field")], Issued);

        Assert.False(conversion.IsConverted);
        Assert.StartsWith("Part 2:", conversion.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_component_is_a_validation_issue_of_that_part()
    {
        var credential = Samples.KazakhBachelor with { WorkloadComponents = [Legacy(120, "bachelor_theory"), Legacy(9, "practice_field")] };

        var issue = Assert.Single(Rules.Validate(credential).Issues);

        Assert.Equal("workload_components[1].component", issue.Element);
        Assert.Equal(IssueKind.Invalid, issue.Kind);
    }

    [Fact]
    public void An_upper_bound_below_the_amount_is_a_validation_issue()
    {
        var credential = Samples.KazakhBachelor with { Workload = new Workload(240, CreditUnit.KazakhAcademicCredit) { AmountUpper = 200 } };

        Assert.Contains(Rules.Validate(credential).Issues, i => i.Element == ElementNames.WorkloadUpper);
        Assert.False(Converter.ToEcts(credential.Workload!, Issued).IsConverted);
    }

    [Theory]
    [InlineData(CreditUnit.ClockHours, 150, 180, 5, 7.2)]
    [InlineData(CreditUnit.KazakhAcademicHours, 150, 180, 5, 6)]
    [InlineData(CreditUnit.UkrainianEcts, 5, 6, 5, 6)]
    [InlineData(CreditUnit.KazakhLegacyCredit, 2, 3, 5, 9)]
    public void A_stated_range_is_carried_through_the_conversion(CreditUnit unit, decimal from, decimal to, decimal min, decimal max)
    {
        var stated = new Workload(from, unit, unit == CreditUnit.KazakhLegacyCredit ? "practice_industrial" : null) { AmountUpper = to };

        var conversion = Converter.ToEcts(stated, Issued);

        Assert.Equal(new DecimalRange(min, max), conversion.Converted);
        Assert.Equal(new DecimalRange(from, to), conversion.Original.Stated);
    }

    [Fact]
    public void A_range_kept_in_host_credits_keeps_both_ends()
    {
        var ects = Converter.ToEcts(new Workload(150, CreditUnit.ClockHours) { AmountUpper = 180 }, Issued);

        Assert.Equal(new DecimalRange(5, 7.2m), Converter.ToHost(ects, CreditUnit.KazakhAcademicCredit, Issued).Converted);
    }

    [Theory]
    [InlineData(180, 210, "workload.meets")]
    [InlineData(150, 180, "workload.range_straddles")]
    [InlineData(30, 60, "workload.shortfall")]
    public void The_workload_criterion_decides_a_range_only_where_both_ends_agree(decimal from, decimal to, string key)
    {
        var credential = Samples.LatvianMicro with { Workload = new Workload(from, CreditUnit.ClockHours) { AmountUpper = to } };

        var workload = Assess(credential, Samples.UkrainianCourse)[Criterion.Workload];

        Assert.Equal(key, workload.MessageKey);
    }

    [Fact]
    public void A_target_range_the_credential_straddles_goes_to_an_officer()
    {
        var workload = Assess(Samples.UkrainianMicro, Samples.LatvianCourse with { RequiredEcts = 5, RequiredEctsUpper = 7 })[Criterion.Workload];

        Assert.Equal(Finding.Undetermined, workload.Finding);
        Assert.Equal("workload.range_straddles", workload.MessageKey);
    }

    [Fact]
    public void A_target_range_fully_below_the_credential_is_met()
    {
        var workload = Assess(Samples.UkrainianMicro, Samples.LatvianCourse with { RequiredEcts = 4, RequiredEctsUpper = 6 })[Criterion.Workload];

        Assert.Equal(Finding.NoDifference, workload.Finding);
        Assert.Equal("6 ECTS meets the required 4–6 ECTS.", workload.Explanation);
    }

    [Fact]
    public void A_full_recognition_states_the_targets_credits_in_host_units_and_a_partial_the_recognised_part()
    {
        var full = Assess(Samples.UkrainianMicro, Samples.KazakhCourse);
        var partial = Assess(Samples.UkrainianMicro with { Workload = new Workload(3, CreditUnit.UkrainianEcts) }, Samples.LatvianCourse);

        Assert.Equal((DecimalRange.Point(5), CreditUnit.KazakhAcademicCredit), (full.TargetHostCredits!.Converted, full.TargetHostCredits.TargetUnit));
        Assert.Equal(RecognitionOutcome.Partial, partial.Outcome);
        Assert.Equal((DecimalRange.Point(3), CreditUnit.LatvianCreditPoint), (partial.RecognisedHostCredits!.Converted, partial.RecognisedHostCredits.TargetUnit));
    }

    private static RecognitionAssessment Assess(Credential credential, RecognitionTarget target) =>
        Rules.Assess(credential, Rules.Prepare(target), RecognitionPurpose.CreditTransfer, Samples.Policy(target.Country), Samples.AssessmentDate);
}
