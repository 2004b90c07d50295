using Exchange.Adapters.Grades;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Tests.Grades;
using Exchange.Adapters.Tests.Support;
using static Exchange.Adapters.Recognition.RecognitionOutcome;
using static Exchange.Adapters.Recognition.RecognitionPurpose;

namespace Exchange.Adapters.Tests.Scenarios;

// Grades keep their meaning: each row checks the grade conversion beside the outcome (reference §3.1–3.4, §8).
internal static partial class ScenarioCatalogue
{
    private static IReadOnlyList<Scenario> GradeRows { get; } =
    [
        new("UA micro 90 (відмінно) → LV course: linear stays excellent", [Ua with { Grade = new Grade("90", GradeScales.Ukrainian100) }],
            Samples.LatvianCourse, CreditTransfer, Full, [],
            "90 is 8.5 linearly on the Latvian scale (ļoti labi, very good); an excellent grade moves to the nearest excellent Latvian grade, 9.",
            Source: "[U15] §3.2; [L9] §3.3; [I9] §3.4",
            Also: a => AssertGrade(a, GradeConversionMethod.LinearPassAndMaximum, "9", "9", "grade.meaning_kept")),
        new("LV micro 8 (ļoti labi) → UA course: 86, ECTS B, national 4", [Lv with { Grade = new Grade("8", GradeScales.Latvian10) }],
            Samples.UkrainianCourse, CreditTransfer, Full, [],
            "A Latvian 8 is 86 on the Ukrainian 100-point scale; the ECTS letter B and the national 4 (добре) are read from the same band.",
            Source: "[L9] §3.3; [U15] §3.2; [I9] §3.4",
            Also: a =>
            {
                var grade = AssertGrade(a, GradeConversionMethod.LinearPassAndMaximum, "86", "86");
                Assert.Equal(("B", "4"), (grade.HostLowBand!.EctsLetter, grade.HostLowBand.National));
            }),
        new("KZ micro B+ with distribution tables → LV course: overlap 8", [Kz with { Grade = new Grade("B+", GradeScales.KazakhLetter, Distribution: KazakhTable) }],
            Samples.LatvianCourse with { HostGradeDistribution = GradeConversionOrderSpecs.LatvianHostTable }, CreditTransfer, Full, [],
            "B+ is the top 25–40 % of the Kazakh reference group's passers; Latvian 8 spans 16–38 % and 7 spans 38–64 % of the host's: both tables win over any formula.",
            Source: "[E5] ECTS Users' Guide 2015 §4.3–4.4; [E6]; [K8] §3.1",
            Also: a => AssertGrade(a, GradeConversionMethod.DistributionOverlap, "7", "8")),
        new("UA micro 85 with the issuer's band table → LV course: ECTS B is 8", [Ua with { Grade = new Grade("85", GradeScales.Ukrainian100, GradeConversionOrderSpecs.UkrainianIssuerBands) }],
            Samples.LatvianCourse, CreditTransfer, Full, [],
            "Without distribution tables the issuer's Diploma Supplement 4.4 table is read: 85 is B (добре), and the Latvian grade hinted as B is 8.",
            Source: "[U15] §3.2 (DS 4.4 band table); [L9] §3.3; reference.md §8 conversion_method_order",
            Also: a => AssertGrade(a, GradeConversionMethod.IssuerMapping, "8", "8", "grade.no_issuer_distribution")),
        new("KZ micro D− → LV course passing at 5: lowest pass stays the lowest pass", [Kz with { Grade = new Grade("D-", GradeScales.KazakhLetter) }],
            Samples.LatvianCourse with { HostGradeScaleId = GradeScales.Latvian10PassFive }, CreditTransfer, Full, [],
            "D− (50–54 %, satisfactory) is the lowest Kazakh pass; at an issuer where 5 is the lowest pass it becomes 5 (viduvēji), never a fail.",
            Source: "[K8][K9] §3.1; [L9] §3.3 (some HEIs pass at 5)",
            Also: a => AssertGrade(a, GradeConversionMethod.LinearPassAndMaximum, "5", "5")),
    ];

    private static GradeDistributionTable KazakhTable => new(GradeScales.KazakhLetter, "ISCED-F 0613, 2022–2024",
        [new("A", 12), new("A-", 13), new("B+", 15), new("B", 20), new("B-", 15), new("C+", 10), new("C", 7), new("C-", 4), new("D+", 2), new("D-", 2)]);

    private static GradeConversion AssertGrade(RecognitionAssessment assessment, GradeConversionMethod method, string lowest, string highest, string? note = null)
    {
        var grade = Assert.Single(assessment.GradeConversions);
        Assert.Equal((method, lowest, highest), (grade.Method, grade.HostLowest, grade.HostHighest));
        Assert.Equal(grade.SourcePassing, grade.HostPassing);
        if (note is not null)
        {
            Assert.Contains(grade.Notes, n => n.Key == note);
        }

        return grade;
    }
}
