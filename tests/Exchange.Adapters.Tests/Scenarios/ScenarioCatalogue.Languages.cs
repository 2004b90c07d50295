using Exchange.Adapters.Credentials;
using Exchange.Adapters.Tests.Support;
using static Exchange.Adapters.Recognition.Criterion;
using static Exchange.Adapters.Recognition.RecognitionOutcome;
using static Exchange.Adapters.Recognition.RecognitionPurpose;

namespace Exchange.Adapters.Tests.Scenarios;

internal static partial class ScenarioCatalogue
{
    /// <summary>Kazakh outcome texts: Kazakh is the state language, so Kazakh providers and courses publish outcomes in it.</summary>
    private static IReadOnlyList<Scenario> LanguageRows { get; } =
    [
        new("KZ micro in Kazakh only → KZ course in Kazakh", [Kz with { LearningOutcomes = FirstLanguageOnly(Outcomes.KazakhLanguageMicro) }],
            Samples.KazakhCourse with { Outcomes = FirstLanguageOnly(Outcomes.KazakhCourse) }, CreditTransfer, Full, None,
            "Kazakh outcome texts match through stacked endings (деректерді/деректермен, жиынтықтарын/жиынтығын) once the stock phrases are dropped.",
            Source: "[R2][R3] compare the outcomes essential for the target; seed 001 [K10] KZ programmes state their outcomes"),
        new("KZ micro in Kazakh only → LV course", [Kz with { LearningOutcomes = FirstLanguageOnly(Outcomes.KazakhLanguageMicro) }], Samples.LatvianCourse, CreditTransfer, ReferredToOfficer, [LearningOutcomes],
            "The Latvian course is published in Latvian and English only: no language in common, so an officer reads the Kazakh outcomes.",
            Source: "[R1] LRC III.3(5) burden on the assessing body; [R2]; reference §7 uncertainty to an officer"),
        new("KZ micro in Kazakh with ESCO URIs → LV course", [Kz with { LearningOutcomes = [.. FirstLanguageOnly(Outcomes.KazakhLanguageMicro).Select((o, i) => o with { SkillUri = Outcomes.LatvianCourse[i].SkillUri })] }],
            Samples.LatvianCourse, CreditTransfer, Full, None,
            "The ESCO skills on both sides coincide, so the Kazakh texts need no common language.",
            Source: "[A10] European Learning Model skills (ESCO); [R2][R3]"),
        new("KZ micro in Kazakh and English → LV course", [Kz with { LearningOutcomes = Outcomes.KazakhLanguageMicro }], Samples.LatvianCourse, CreditTransfer, Full, None,
            "The micro-credential's English texts cover the Latvian course's English texts; the Kazakh ones are not needed.",
            Source: "[R2][R3]; [M1] Annex I learning outcomes"),
        new("KZ micro in Russian only → KZ course in Kazakh only", [Kz with { LearningOutcomes = FirstLanguageOnly(Outcomes.KazakhMicro) }],
            Samples.KazakhCourse with { Outcomes = FirstLanguageOnly(Outcomes.KazakhCourse) }, CreditTransfer, ReferredToOfficer, [LearningOutcomes],
            "Kazakh and Russian are different languages: a Kazakh course read against Russian texts has no language in common, and an officer reads both.",
            Source: "[R1] LRC III.3(5); [R2]; reference §7 uncertainty to an officer"),
        new("KZ micro with half its Kazakh outcomes → KZ course in Kazakh", [Kz with { LearningOutcomes = Pick(FirstLanguageOnly(Outcomes.KazakhLanguageMicro), 0, 3) }],
            Samples.KazakhCourse with { Outcomes = FirstLanguageOnly(Outcomes.KazakhCourse) }, CreditTransfer, Partial, [LearningOutcomes],
            "Programming and the project are covered in Kazakh; visualisation and statistics can be made up in a bridging module.",
            Source: "[R9] GC partial recognition; [R6] bridging measures; [R3]"),
        new("KZ micro with a vague Kazakh outcome → KZ course in Kazakh",
            [Kz with { LearningOutcomes = [.. Pick(FirstLanguageOnly(Outcomes.KazakhLanguageMicro), 0, 1, 2), LearningOutcome.In("kk", "Жоба нәтижелерін таныстырады")] }],
            Samples.KazakhCourse with { Outcomes = FirstLanguageOnly(Outcomes.KazakhCourse) }, CreditTransfer, ReferredToOfficer, [LearningOutcomes],
            "\"Presents the project's results\" shares only a third of the course's project outcome: weak evidence an officer must read.",
            Source: "[R2][R3]; [R1] LRC III.3(5) burden on the assessing body"),
    ];
}
