using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Tests.Support;
using static Exchange.Adapters.Recognition.RecognitionOutcome;
using static Exchange.Adapters.Recognition.RecognitionPurpose;

namespace Exchange.Adapters.Tests.Scenarios;

// Inputs the API accepted and the rules ignored before issue 25: a legacy Kazakh transcript by part, workload ranges
// on either side.
internal static partial class ScenarioCatalogue
{
    /// <summary>A 2015 Kazakh bachelor's transcript stated by part, as printed before the 2018 credit rules [K6][K7]:
    /// 120 theory credits, 6 of industrial practice, 3 of final attestation (total 129).</summary>
    private static Credential KzLegacyBachelorByParts => Samples.KazakhBachelor with
    {
        Id = "kz-ba-2015",
        IssueDate = new DateOnly(2015, 6, 26),
        ProgrammeCode = null,
        Degree = "bachelor",
        Workload = new Workload(129, CreditUnit.KazakhLegacyCredit),
        WorkloadComponents =
        [
            new Workload(120, CreditUnit.KazakhLegacyCredit, "bachelor_theory"),
            new Workload(6, CreditUnit.KazakhLegacyCredit, "practice_industrial"),
            new Workload(3, CreditUnit.KazakhLegacyCredit, "final_attestation"),
        ],
    };

    // The Latvian micro-credential: Latvian rules ask for a workload, not one in ECTS, so hours may stand.
    private static Credential LvMicroInHours(decimal from, decimal to) =>
        Lv with { Workload = new Workload(from, CreditUnit.ClockHours) { AmountUpper = to } };

    private static IReadOnlyList<Scenario> InputRows { get; } =
    [
        new("KZ 2015 bachelor transcript by parts → UA master admission", [KzLegacyBachelorByParts], Samples.MasterAdmission(CountryCodes.Ukraine), Admission, Full, None,
            "Theory 120 × 1.5–1.8 = 180–216, industrial practice 6 × 2.5–3.0 = 15–18, final attestation 3 × 3.2–4.5 = 9.6–13.5 → 10–14 "
            + "(whole credits per part): 205–248 ECTS, at least the 180 the master admission requires.",
            Source: "[K6][K7] legacy credit factors by component; [R1] LRC Art. IV.1; seed 001",
            Also: a =>
            {
                Assert.Equal(new DecimalRange(205, 248), a.CreditConversions[0].Converted);
                Assert.Equal(3, a.CreditConversions[0].Parts.Count);
                Assert.Equal(new DecimalRange(10, 14), a.CreditConversions[0].Parts[2].Converted);
                Assert.Equal(129, a.CreditConversions[0].Original.Amount);
                Assert.Equal(new DecimalRange(180, 180), a.TargetHostCredits!.Converted);
            }),
        new("KZ 2015 transcript whose printed total differs from its parts → officer", [KzLegacyBachelorByParts with { Workload = new Workload(132, CreditUnit.KazakhLegacyCredit) }],
            Samples.MasterAdmission(CountryCodes.Ukraine), Admission, ReferredToOfficer, [Criterion.Workload],
            "The transcript prints 132 credits but its parts add up to 129; which one holds is for an officer reading the transcript.",
            Source: "[K6][K7]; [R1][R2] LRC III.3(5), EAR manual ch. 10 (the assessing body establishes the facts)",
            Also: a => Assert.Equal("credits.parts_disagree", a[Criterion.Workload].MessageKey)),
        new("KZ 2015 transcript with an unknown component → incomplete", [KzLegacyBachelorByParts with
            {
                WorkloadComponents = [new Workload(120, CreditUnit.KazakhLegacyCredit, "bachelor_theory"), new Workload(9, CreditUnit.KazakhLegacyCredit, "practice_field")],
            }],
            Samples.MasterAdmission(CountryCodes.Ukraine), Admission, null, None,
            "\"practice_field\" is not a component of the legacy credit tables; no factor is guessed, the part is invalid until corrected.",
            Source: "[K6][K7] (the published components); [M2] Annex I element 7 (notional workload)",
            Also: a => Assert.Contains(a.Validation[0].Issues, i => i.Element == "workload_components[1].component")),
        new("LV micro 150–180 clock hours → UA course 6 ECTS, range straddles", [LvMicroInHours(150, 180)], Samples.UkrainianCourse, CreditTransfer, ReferredToOfficer, [Criterion.Workload],
            "150–180 h at 25–30 h per ECTS is 5–7.2 ECTS: it may or may not reach the 6 ECTS course, beyond the 0.6 ECTS tolerance; an officer checks.",
            Source: "[E4] ECTS Users' Guide 2015 (25–30 h per credit); [R1] LRC Art. VI.1",
            Also: a => Assert.Equal("workload.range_straddles", a[Criterion.Workload].MessageKey)),
        new("LV micro 180–210 clock hours → UA course 6 ECTS, range fully above", [LvMicroInHours(180, 210)], Samples.UkrainianCourse, CreditTransfer, Full, None,
            "180–210 h is 6–8.4 ECTS: even the lower end meets the 6 ECTS course.",
            Source: "[E4] ECTS Users' Guide 2015 (25–30 h per credit)"),
        new("UA micro 6 ECTS → LV course stating 5–7 credit points", [Ua], Samples.LatvianCourse with { RequiredEcts = 5, RequiredEctsUpper = 7 }, CreditTransfer, ReferredToOfficer, [Criterion.Workload],
            "The course states its workload as 5–7 credit points; 6 ECTS may or may not reach it, and 1 ECTS is beyond the 0.5 ECTS tolerance.",
            Source: "[L1] Latvian credit point = 1 ECTS from 11 Oct 2022; [R1] LRC Art. VI.1",
            Also: a => Assert.Equal("7", a[Criterion.Workload].Arguments.Single(x => x.Name == "required").Value[^1..])),
        new("UA micro 6 ECTS → LV programme part stating 10–12 credit points, certainly short", [Ua], Samples.LatvianCourse with { RequiredEcts = 10, RequiredEctsUpper = 12 }, CreditTransfer, ReferredToOfficer, [Criterion.Workload],
            "6 ECTS is 4–6 ECTS short of a 10–12 point requirement; no measure can be sized before the target's workload is settled.",
            Source: "[L1]; [R6] criteria explanatory memorandum (compensatory measures close a stated gap)",
            Also: a =>
            {
                Assert.Equal("credits.target_range_short", a[Criterion.Workload].MessageKey);
                Assert.DoesNotContain(a.Scope!.CompensatoryMeasures, m => m.Kind == MeasureKind.AdditionalCredits);
            }),
    ];
}
