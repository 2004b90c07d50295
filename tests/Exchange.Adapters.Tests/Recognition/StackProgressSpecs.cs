using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Recognition.Stacking;
using Exchange.Adapters.Tests.Support;
using Exchange.Adapters.Text;

namespace Exchange.Adapters.Tests.Recognition;

/// <summary>How far micro-credentials that stack towards a qualification go, and what is still missing.</summary>
public class StackProgressSpecs
{
    private static readonly StackProgressCalculator Stacks = RecognitionRules.Default.Stacks;
    private static readonly MatchThresholds Thresholds = new();

    /// <summary>A 12-credit Ukrainian data-analysis programme with the course's four outcomes, at NQF 6 (EQF 6).</summary>
    internal static QualificationRequirements DataProgramme => new()
    {
        Id = "UA-KPI-PRG-DATA-01",
        Title = "Data analysis (short programme)",
        Workload = new Workload(12, CreditUnit.UkrainianEcts),
        Outcomes = [.. Outcomes.UkrainianCourse.Select((o, i) => new QualificationOutcome("LO" + (i + 1), o))],
        Level = new LevelClaim(QualificationFramework.UkraineNqf, 6),
    };

    private static Credential Micro(string id, decimal ects, params int[] outcomes) => Samples.UkrainianMicro with
    {
        Id = id,
        Workload = new Workload(ects, CreditUnit.UkrainianEcts),
        LearningOutcomes = [.. outcomes.Select(i => Outcomes.UkrainianMicro[i])],
        StacksTowards = [DataProgramme.Id],
    };

    private static StackProgress Measure(QualificationRequirements? requirements, params Credential[] credentials) =>
        Stacks.Calculate(DataProgramme.Id, requirements, credentials, Samples.AssessmentDate, Thresholds);

    [Fact]
    public void Two_micro_credentials_sum_their_workload_and_pool_their_outcomes()
    {
        var progress = Measure(DataProgramme, Micro("a", 3, 0, 1), Micro("b", 3, 2));

        Assert.Equal(DecimalRange.Point(6), progress.Earned);
        Assert.Equal(12m, progress.Required);
        Assert.Equal(DecimalRange.Point(6), progress.Missing);
        Assert.Equal(["LO1", "LO2", "LO3"], progress.CoveredOutcomeIds);
        Assert.Equal(["LO4"], progress.MissingOutcomeIds);
        Assert.False(progress.Complete);
        Assert.Equal("stack.progress", progress.Summary.Key);
        Assert.Equal("6 of 12 ECTS towards UA-KPI-PRG-DATA-01; missing: 6 ECTS and 1 of 4 learning outcome(s).", progress.Summary.English);
        Assert.Contains(progress.Details, d => d.Key == "stack.outcomes_missing" && d.English == "Learning outcomes still missing: LO4.");
    }

    [Fact]
    public void A_stack_that_meets_every_stated_requirement_is_complete()
    {
        var progress = Measure(DataProgramme, Micro("a", 6, 0, 1), Micro("b", 6, 2, 3));

        Assert.True(progress.Complete);
        Assert.Equal(DecimalRange.Point(0), progress.Missing);
        Assert.Empty(progress.MissingOutcomeIds);
        Assert.Equal("stack.complete", progress.Summary.Key);
        Assert.Empty(progress.Details);
    }

    [Fact]
    public void A_credential_given_twice_is_counted_once()
    {
        var progress = Measure(DataProgramme, Micro("a", 6, 0, 1), Micro("a", 6, 0, 1));

        Assert.Equal(["a"], progress.CredentialIds);
        Assert.Equal(DecimalRange.Point(6), progress.Earned);
        Assert.Equal(DecimalRange.Point(6), progress.Missing);
    }

    [Fact]
    public void A_range_conversion_stays_a_range_in_earned_and_missing()
    {
        // 4 legacy Kazakh theory credits are 6–7.2 ECTS ([K6][K7]), rounded to whole credits: 6–7.
        var legacy = Samples.KazakhMicro with
        {
            Id = "kz-legacy",
            Workload = new Workload(4, CreditUnit.KazakhLegacyCredit, "bachelor_theory"),
            StacksTowards = [DataProgramme.Id],
        };

        var progress = Measure(DataProgramme, Micro("a", 3, 0), legacy);

        Assert.False(progress.Earned!.Value.IsPoint);
        Assert.Equal(progress.Required - progress.Earned.Value.Max, progress.Missing!.Value.Min);
        Assert.Equal(progress.Required - progress.Earned.Value.Min, progress.Missing.Value.Max);
        Assert.False(progress.Complete);
    }

    [Fact]
    public void Earned_credits_are_read_in_the_qualifications_own_unit()
    {
        // A Latvian qualification of 12 current credit points; a 2021 Latvian micro of 4 old points is 6 ECTS = 6 KP.
        var latvian = DataProgramme with { Workload = new Workload(12, CreditUnit.LatvianCreditPoint, "2022"), Level = new LevelClaim(QualificationFramework.LatviaLqf, 6) };
        var old = Samples.LatvianMicro with { IssueDate = new DateOnly(2021, 6, 1), Workload = new Workload(4, CreditUnit.LatvianCreditPoint), StacksTowards = [DataProgramme.Id] };

        var progress = Measure(latvian, old);

        Assert.Equal(CreditUnit.LatvianCreditPoint, progress.Unit);
        Assert.Equal(DecimalRange.Point(6), progress.Earned);
        Assert.Equal(DecimalRange.Point(6), progress.Missing);
        Assert.Contains("6 of 12 KP", progress.Summary.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_requirements_are_said_and_nothing_is_measured()
    {
        var progress = Measure(null, Micro("a", 6, 0), Micro("b", 6, 1));

        Assert.False(progress.RequirementsKnown);
        Assert.False(progress.Complete);
        Assert.Null(progress.Earned);
        Assert.Null(progress.Missing);
        Assert.Empty(progress.MissingOutcomeIds);
        Assert.Equal("stack.requirements_unknown", progress.Summary.Key);
        Assert.Equal(["a", "b"], progress.CredentialIds);
    }

    [Fact]
    public void A_credential_without_workload_is_not_counted_and_the_stack_is_not_complete()
    {
        var progress = Measure(DataProgramme, Micro("a", 12, 0, 1, 2, 3), Micro("b", 1) with { Workload = null });

        Assert.Equal(["b"], progress.UncountedCredentialIds);
        Assert.Equal(DecimalRange.Point(12), progress.Earned);
        Assert.False(progress.Complete);
        Assert.Contains(progress.Details, d => d.Key == "stack.workload_uncounted");
    }

    [Fact]
    public void The_lowest_level_in_the_stack_counts()
    {
        var low = Micro("b", 6, 2, 3) with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) };

        var progress = Measure(DataProgramme, Micro("a", 6, 0, 1), low);

        Assert.True(progress.LevelShortfall);
        Assert.Equal(6, progress.RequiredEqfLevel);
        Assert.False(progress.Complete);
        Assert.Contains(progress.Details, d => d.Key == "stack.level_below" && d.English.Contains("EQF 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Outcomes_without_a_comparable_language_stay_uncertain_not_covered()
    {
        var english = DataProgramme with { Outcomes = [new QualificationOutcome("LO1", LearningOutcome.In("en", "Write Python programs to clean and transform tabular data"))] };
        var latvianOnly = Micro("a", 12) with { LearningOutcomes = [LearningOutcome.In("lv", "Rakstīt Python programmas datu tīrīšanai")] };

        var progress = Measure(english, latvianOnly);

        Assert.Equal(["LO1"], progress.UncertainOutcomeIds);
        Assert.Empty(progress.CoveredOutcomeIds);
        Assert.False(progress.Complete);
    }

    [Fact]
    public void Only_credentials_that_name_the_qualification_by_id_count()
    {
        var named = Micro("a", 3, 0);
        var byTitle = Micro("b", 3, 1) with { StacksTowards = [DataProgramme.Title] };
        var other = Micro("c", 3, 2) with { StacksTowards = [] };

        Assert.Equal(["a"], StackProgressCalculator.Naming(DataProgramme.Id, [named, byTitle, other]).Select(c => c.Id));
        Assert.Equal([DataProgramme.Id, DataProgramme.Title], StackProgressCalculator.NamedQualifications([named, byTitle, other, named]));
    }
}
