using CsCheck;
using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Grades;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Tests.Support;

namespace Exchange.Adapters.Tests.Properties;

/// <summary>Invariants that must hold for every input, checked on generated cases (modest iteration counts).</summary>
public class InvariantPropertySpecs
{
    private const int Iterations = 300;
    private static readonly RecognitionRules Rules = RecognitionRules.Default;
    private static readonly PreparedTarget Course = Rules.Prepare(Samples.LatvianCourse);
    private static readonly GradeScale[] Scales = [.. GradeScales.CreateCatalog().Values];

    private static readonly Gen<Credential> AnyUkrainianMicro =
        Gen.Select(Gen.Int[1, 8], Gen.Decimal[0.5m, 300m], Gen.Enum<QualityAssuranceType>(), Gen.Int[0, 15], Gen.Int[1, 8])
            .Select((level, ects, qa, outcomes, field) => Samples.UkrainianMicro with
            {
                Level = new LevelClaim(QualificationFramework.UkraineNqf, level, "2020"),
                Workload = new Workload(Math.Round(ects, 1), CreditUnit.UkrainianEcts),
                QualityAssurance = new QualityAssurance(qa == QualityAssuranceType.Unknown ? QualityAssuranceType.None : qa),
                LearningOutcomes = [.. Outcomes.UkrainianMicro.Where((_, i) => (outcomes & (1 << i)) != 0).DefaultIfEmpty(Outcomes.UkrainianMicro[0])],
                FieldCode = "0" + field.ToString(System.Globalization.CultureInfo.InvariantCulture) + "13",
            });

    private static readonly Gen<RecognitionTarget> AnyTarget =
        Gen.Select(Gen.Int[1, 8], Gen.Decimal[1m, 240m]).Select((level, ects) => Samples.LatvianCourse with { RequiredEqfLevel = level, RequiredEcts = Math.Round(ects) });

    [Fact]
    public void The_rules_never_deny_and_only_refer_when_an_officer_is_needed() =>
        Gen.Select(AnyUkrainianMicro, AnyTarget, Gen.Enum<RecognitionPurpose>()).Sample((credential, target, purpose) =>
        {
            var assessment = Rules.Assess(credential, Rules.Prepare(target), purpose, Samples.Policy(CountryCodes.Latvia), Samples.AssessmentDate);

            Assert.Equal(AssessmentStatus.Assessed, assessment.Status);
            Assert.True(Enum.IsDefined(assessment.Outcome!.Value));
            var flagged = assessment.Criteria.Any(c => c.PotentiallySubstantial);
            var officer = assessment.Criteria.Any(c => c.NeedsOfficer);
            Assert.Equal(!flagged, assessment.Outcome == RecognitionOutcome.Full);
            Assert.Equal(officer, assessment.Outcome == RecognitionOutcome.ReferredToOfficer);
        }, iter: Iterations);

    [Fact]
    public void A_level_at_or_above_the_requirement_is_never_flagged() =>
        Gen.Select(Gen.Int[1, 8], Gen.Int[0, 7]).Where((required, above) => required + above <= 8).Sample((required, above) =>
        {
            var credential = Samples.UkrainianMicro with { Level = new LevelClaim(QualificationFramework.UkraineNqf, required + above, "2020") };
            var target = Rules.Prepare(Samples.LatvianCourse with { RequiredEqfLevel = required });

            var level = Rules.Assess(credential, target, RecognitionPurpose.CreditTransfer, Samples.Policy(CountryCodes.Latvia), Samples.AssessmentDate)[Criterion.Level];

            Assert.Equal(Finding.NoDifference, level.Finding);
        }, iter: Iterations);

    [Fact]
    public void A_workload_at_or_above_the_requirement_is_never_flagged() =>
        Gen.Select(Gen.Decimal[1m, 240m], Gen.Decimal[0m, 60m]).Sample((required, extra) =>
        {
            var credential = Samples.UkrainianMicro with { Workload = new Workload(required + extra, CreditUnit.UkrainianEcts) };
            var target = Rules.Prepare(Samples.LatvianCourse with { RequiredEcts = required });

            var workload = Rules.Assess(credential, target, RecognitionPurpose.CreditTransfer, Samples.Policy(CountryCodes.Latvia), Samples.AssessmentDate)[Criterion.Workload];

            Assert.Equal(Finding.NoDifference, workload.Finding);
        }, iter: Iterations);

    [Fact]
    public void The_same_input_gives_the_same_assessment() =>
        AnyUkrainianMicro.Sample(credential =>
        {
            var first = Rules.Assess(credential, Course, RecognitionPurpose.CreditTransfer, Samples.Policy(CountryCodes.Latvia), Samples.AssessmentDate);
            var second = Rules.Assess(credential, Course, RecognitionPurpose.CreditTransfer, Samples.Policy(CountryCodes.Latvia), Samples.AssessmentDate);

            Assert.Equal(first.Criteria, second.Criteria);
            Assert.Equal(first.Outcome, second.Outcome);
        }, iter: 100);

    [Fact]
    public void Grade_conversion_preserves_order() =>
        Gen.Select(Gen.Int[0, Scales.Length - 1], Gen.Int[0, Scales.Length - 1], Gen.Decimal[0m, 1m], Gen.Decimal[0m, 1m]).Sample((s, h, x, y) =>
        {
            var (source, host) = (Scales[s], Scales[h]);
            var (low, high) = (Position(source, Math.Min(x, y)), Position(source, Math.Max(x, y)));

            var a = GradeConverter.ConvertBetween(low, source, host);
            var b = GradeConverter.ConvertBetween(high, source, host);

            Assert.True(a.HostAxis.Min <= b.HostAxis.Min && a.HostAxis.Max <= b.HostAxis.Max, $"{low.Value} → {a.HostAxis}, {high.Value} → {b.HostAxis}");
            Assert.True(host.BandAt(a.HostAxis.Min).Low <= host.BandAt(b.HostAxis.Min).Low);
        }, iter: Iterations);

    [Fact]
    public void A_passing_grade_never_converts_to_a_failing_one_and_a_fail_stays_a_fail() =>
        Gen.Select(Gen.Int[0, Scales.Length - 1], Gen.Int[0, Scales.Length - 1], Gen.Decimal[0m, 1m]).Sample((s, h, x) =>
        {
            var (source, host) = (Scales[s], Scales[h]);
            var grade = Position(source, x);

            var conversion = GradeConverter.ConvertBetween(grade, source, host);

            Assert.True(conversion.IsConverted);
            Assert.Equal(conversion.SourcePassing, conversion.HostPassing);
            Assert.Equal(conversion.SourcePassing, host.BandAt(conversion.HostAxis.Max).Passing);
        }, iter: Iterations);

    [Fact]
    public void Credit_conversion_round_trips_within_the_stated_range_and_rounding()
    {
        var converter = new CreditConverter(CreditTables.Default);
        (CreditUnit Unit, string? Version)[] units =
        [
            (CreditUnit.LatvianCreditPoint, "legacy"), (CreditUnit.LatvianCreditPoint, "2022"), (CreditUnit.ClockHours, null), (CreditUnit.KazakhAcademicHours, null),
            (CreditUnit.UkrainianEcts, null), (CreditUnit.KazakhAcademicCredit, null),
            .. CreditTables.Default.KazakhLegacyFactors.Keys.Select(k => (CreditUnit.KazakhLegacyCredit, (string?)k)),
        ];

        Gen.Select(Gen.Int[0, units.Length - 1], Gen.Decimal[0.5m, 400m]).Sample((u, raw) =>
        {
            var (unit, version) = units[u];
            var amount = Math.Round(raw, 1);

            var ects = converter.ToEcts(new Workload(amount, unit, version), Samples.AssessmentDate);
            var back = converter.ToHost(ects, unit, Samples.AssessmentDate, version);

            // Legacy Kazakh credits are rounded to whole ECTS, so the way back may be off by half a credit over the factor.
            var slack = unit == CreditUnit.KazakhLegacyCredit ? 0.5m / ects.Factor.Min : 0.0001m;
            Assert.True(back.Converted.Min - slack <= amount && amount <= back.Converted.Max + slack, $"{amount} {unit} → {ects.Converted} ECTS → {back.Converted}");
            Assert.Equal(amount, back.Original.Amount);
        }, iter: Iterations);
    }

    private static Grade Position(GradeScale scale, decimal share)
    {
        if (scale.NumericValues)
        {
            var value = Math.Floor(scale.Minimum + (share * (scale.Maximum - scale.Minimum)));
            return new Grade(value.ToString(System.Globalization.CultureInfo.InvariantCulture), scale.Id);
        }

        var index = (int)Math.Min(scale.Bands.Count - 1, Math.Floor(share * scale.Bands.Count));
        return new Grade(scale.Bands[index].Label, scale.Id);
    }
}
