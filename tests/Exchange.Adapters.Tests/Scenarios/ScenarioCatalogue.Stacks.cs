using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Recognition.Stacking;
using Exchange.Adapters.Tests.Support;
using static Exchange.Adapters.Recognition.Criterion;
using static Exchange.Adapters.Recognition.RecognitionOutcome;
using static Exchange.Adapters.Recognition.RecognitionPurpose;

namespace Exchange.Adapters.Tests.Scenarios;

/// <summary>
/// Stacks measured against the qualification they stack towards ([M1] stackability, [M2] optional element
/// "integration/stackability"): the assessment against the qualification as target, and the progress the learner
/// and the university see, which must say the same about what is missing.
/// </summary>
internal static partial class ScenarioCatalogue
{
    private static RecognitionTarget KpiDataProgramme => Samples.UkrainianCourse with
    {
        Id = "UA-KPI-PRG-DATA-01",
        Title = "Data analysis (short programme)",
        Kind = TargetKind.Programme,
        RequiredEcts = 12,
    };

    private static QualificationRequirements KpiDataRequirements => new()
    {
        Id = KpiDataProgramme.Id,
        Title = KpiDataProgramme.Title,
        Workload = new Workload(12, CreditUnit.UkrainianEcts),
        Outcomes = [.. KpiDataProgramme.Outcomes.Select((o, i) => new QualificationOutcome("LO" + (i + 1), o))],
        Level = new LevelClaim(QualificationFramework.UkraineNqf, 6),
    };

    private static Credential Towards(Credential credential, string id, decimal amount, CreditUnit unit, IReadOnlyList<LearningOutcome> outcomes) =>
        credential with { Id = id, Workload = new Workload(amount, unit), LearningOutcomes = outcomes, StacksTowards = [KpiDataProgramme.Id] };

    /// <summary>The progress of the row's credentials towards the programme, by the same date and thresholds.</summary>
    private static StackProgress ProgressOf(RecognitionAssessment assessment, IReadOnlyList<Credential> credentials) =>
        RecognitionRules.Default.Stacks.Calculate(KpiDataProgramme.Id, KpiDataRequirements, credentials, assessment.AssessmentDate, Samples.Policy(CountryCodes.Ukraine).TextMatch);

    private static IReadOnlyList<Credential> TwoOfFour =>
    [
        Towards(Ua, "ua-mc-s1", 3, CreditUnit.UkrainianEcts, Pick(Outcomes.UkrainianMicro, 0, 1)),
        Towards(Ua, "ua-mc-s2", 3, CreditUnit.UkrainianEcts, Pick(Outcomes.UkrainianMicro, 2)),
    ];

    private static IReadOnlyList<Credential> FullStack =>
    [
        Towards(Ua, "ua-mc-s3", 6, CreditUnit.UkrainianEcts, Pick(Outcomes.UkrainianMicro, 0, 1)),
        Towards(Kz, "kz-mc-s4", 6, CreditUnit.KazakhAcademicCredit, Pick(Outcomes.KazakhMicro, 2, 3)),
    ];

    private static IReadOnlyList<Credential> ThreeWithTwiceTheSame =>
    [
        Towards(Ua, "ua-mc-s5", 4, CreditUnit.UkrainianEcts, Pick(Outcomes.UkrainianMicro, 0)),
        Towards(Lv, "lv-mc-s6", 4, CreditUnit.LatvianCreditPoint, Pick(Outcomes.LatvianMicro, 1, 2)),
        Towards(Ua, "ua-mc-s5", 4, CreditUnit.UkrainianEcts, Pick(Outcomes.UkrainianMicro, 0)),
    ];

    private static IReadOnlyList<Credential> WithLowerLevel =>
    [
        Towards(Ua, "ua-mc-s7", 6, CreditUnit.UkrainianEcts, Pick(Outcomes.UkrainianMicro, 0, 1)),
        Towards(Ua, "ua-mc-s8", 6, CreditUnit.UkrainianEcts, Pick(Outcomes.UkrainianMicro, 2, 3)) with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) },
    ];

    private static IReadOnlyList<Scenario> StackRows { get; } =
    [
        new("Two UA micros of 3 ECTS stacking towards a 12-ECTS UA programme", TwoOfFour, KpiDataProgramme, CreditTransfer, Partial, [Criterion.Workload, LearningOutcomes],
            "Half the programme's workload (6 of 12 ECTS) and three of four outcomes: recognised in part; progress says 6 ECTS and LO4 are missing.",
            Source: "[M1] point 5 and Annex I (stackability); [M2] optional element 'integration/stackability'; [E4]",
            Also: a =>
            {
                var progress = ProgressOf(a, TwoOfFour);
                Assert.Equal(6m, a.Scope!.MissingEcts);
                Assert.Equal(DecimalRange.Point(6), progress.Missing);
                Assert.Equal(["LO4"], progress.MissingOutcomeIds);
                Assert.Equal([3], a.Scope.MissingTargetOutcomes);
                Assert.False(progress.Complete);
            }),
        new("UA 6 ECTS + KZ 6 credits completing a 12-ECTS UA programme", FullStack, KpiDataProgramme, CreditTransfer, Full, None,
            "Kazakh academic credits count one for one in ECTS ([K4][K5]); together 12 ECTS and all four outcomes: the stack completes the programme.",
            Source: "[M1] stackability; [K4][K5] academic credit = 1 ECTS; [U12] Ukrainian ECTS",
            Also: a =>
            {
                var progress = ProgressOf(a, FullStack);
                Assert.Equal(0m, a.Scope!.MissingEcts);
                Assert.True(progress.Complete);
                Assert.Equal(DecimalRange.Point(12), progress.Earned);
                Assert.Equal(["LO1", "LO2", "LO3", "LO4"], progress.CoveredOutcomeIds);
            }),
        new("UA + LV micros, the UA one given twice, towards a UA programme", ThreeWithTwiceTheSame, KpiDataProgramme, CreditTransfer, Partial, [Criterion.Workload, LearningOutcomes],
            "The same credential given twice counts once: 4 UA ECTS + 4 current LV credit points = 8 of 12 ECTS, LO4 missing.",
            Source: "[M1] stackability (each learning achievement counted once); [L1] credit point = 1 ECTS from 11 Oct 2022",
            Also: a =>
            {
                var progress = ProgressOf(a, ThreeWithTwiceTheSame);
                Assert.Equal(["ua-mc-s5", "lv-mc-s6"], progress.CredentialIds);
                Assert.Equal(DecimalRange.Point(8), progress.Earned);
                Assert.Equal(DecimalRange.Point(4), progress.Missing);
                Assert.Contains("LO4", progress.MissingOutcomeIds);
            }),
        new("Stack towards a UA programme with one micro at NQF 5", WithLowerLevel, KpiDataProgramme, CreditTransfer, ReferredToOfficer, [Level],
            "12 ECTS and every outcome, but the stack is only as high as its lowest member (EQF 5 against EQF 6): not complete, an officer weighs the level.",
            Source: "[M1] stackability; docs/recognition-rules.md 'Several micro-credentials together' (lowest level counts); [U7] NQF 2020",
            Also: a =>
            {
                var progress = ProgressOf(a, WithLowerLevel);
                Assert.Equal(DecimalRange.Point(0), progress.Missing);
                Assert.True(progress.LevelShortfall);
                Assert.False(progress.Complete);
            }),
    ];
}
