using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Tests.Support;
using static Exchange.Adapters.Recognition.Criterion;
using static Exchange.Adapters.Recognition.RecognitionOutcome;
using static Exchange.Adapters.Recognition.RecognitionPurpose;

namespace Exchange.Adapters.Tests.Scenarios;

/// <summary>The scenario table. Each row changes one or two facts of a complete sample.</summary>
internal static partial class ScenarioCatalogue
{
    private static readonly Criterion[] None = [];

    private static IReadOnlyList<LearningOutcome> Pick(IReadOnlyList<LearningOutcome> outcomes, params int[] indices) => [.. indices.Select(i => outcomes[i])];

    private static IReadOnlyList<LearningOutcome> FirstLanguageOnly(IReadOnlyList<LearningOutcome> outcomes, bool keepUris = false) =>
        [.. outcomes.Select(o => new LearningOutcome([o.Texts[0]], keepUris ? o.SkillUri : null))];

    private static Credential Ua => Samples.UkrainianMicro;

    private static Credential Lv => Samples.LatvianMicro;

    private static Credential Kz => Samples.KazakhMicro;

    private static RecognitionTarget PhdAdmission(string country) => Samples.MasterAdmission(country) with
    {
        Id = country + "-phd-cs",
        Title = "PhD in Computer Science (admission)",
        RequiredEqfLevel = 7,
        RequiredEcts = 90,
    };

    private static RecognitionTarget JuniorAnalystJob => Samples.LatvianCourse with
    {
        Id = "lv-job-data-analyst",
        Title = "Junior data analyst (employer's requirement profile)",
        Kind = TargetKind.Activity,
        RequiredEqfLevel = 5,
    };

    private static Credential UaBachelor => Samples.UkrainianBachelor2018;

    private static Credential KzLegacyMaster => Samples.KazakhBachelor with
    {
        Id = "kz-ma-2015",
        IssueDate = new DateOnly(2015, 6, 30),
        ProgrammeCode = null,
        Degree = "master",
        Workload = new Workload(48, CreditUnit.KazakhLegacyCredit, "master_sci_ped"),
    };

    // Lazy: static initialisers of a partial class run in an unspecified order across its files.
    private static readonly Lazy<IReadOnlyList<Scenario>> Rows = new(Concatenated);

    /// <summary>Every row: the standard cases here, then each topic's rows from its own file.</summary>
    public static IReadOnlyList<Scenario> All => Rows.Value;

    private static IReadOnlyList<Scenario> Standard { get; } =
    [
        // Micro-credentials for credit transfer into a course.
        new("UA micro → LV course, all equal", [Ua], Samples.LatvianCourse, CreditTransfer, Full, None,
            "Same EQF 6 level, 6 ECTS each, NAQA-accredited provider, all four outcomes covered in the shared English texts.",
            Source: "[M1][M2] Annex I elements; [R2] five elements; [U12][U14] 1 ECTS = 30 h; [A12] external QA by the national agency"),
        new("KZ micro → LV course, all equal", [Kz], Samples.LatvianCourse, CreditTransfer, Full, None,
            "6 Kazakh academic credits are 6 ECTS; level, QA and outcomes all meet the course.",
            Source: "[K1][K4] 1 academic credit = 1 ECTS; [R2] five elements; seed 001 [K10]"),
        new("LV micro → UA course, all equal", [Lv], Samples.UkrainianCourse, CreditTransfer, Full, None,
            "6 current Latvian credit points are 6 ECTS; the English outcome texts cover the Ukrainian course.",
            Source: "[L1] 1 KP = 1 ECTS from 11 Oct 2022; [R2][R3]"),
        new("KZ micro in Russian only → KZ course in Russian", [Kz with { LearningOutcomes = FirstLanguageOnly(Outcomes.KazakhMicro) }],
            Samples.KazakhCourse with { Outcomes = FirstLanguageOnly(Outcomes.RussianCourse) }, CreditTransfer, Full, None,
            "Russian outcome texts match despite different inflections (данных/данные, диаграмм/диаграммами).",
            Source: "[R2][R3] compare the outcomes essential for the target"),
        new("UA micro in Ukrainian only → UA course in Ukrainian", [Ua with { LearningOutcomes = FirstLanguageOnly(Outcomes.UkrainianMicro) }],
            Samples.UkrainianCourse with { Outcomes = FirstLanguageOnly(Outcomes.UkrainianCourse) }, CreditTransfer, Full, None,
            "Ukrainian outcome texts match after case folding and suffix stripping.",
            Source: "[R2][R3] compare the outcomes essential for the target"),
        new("UA micro 3 ECTS → LV course 6 ECTS", [Ua with { Workload = new Workload(3, CreditUnit.UkrainianEcts) }], Samples.LatvianCourse, CreditTransfer, Partial, [Criterion.Workload],
            "Half the course workload: recognise 3 ECTS now, the other 3 ECTS can be earned.",
            Source: "[R9] GC partial recognition; [R4][R6] recognise what can be recognised, compensatory measures"),
        new("UA micro 2 ECTS → LV course 6 ECTS", [Ua with { Workload = new Workload(2, CreditUnit.UkrainianEcts) }], Samples.LatvianCourse, CreditTransfer, ReferredToOfficer, [Criterion.Workload],
            "A third of the course workload is too little to recognise the course; an officer decides.",
            Source: "[R2] substantial difference; [R7] shorter by far; [R1] LRC III.3(5) burden on the assessing body"),
        new("UA micro 5.5 ECTS → LV course 6 ECTS", [Ua with { Workload = new Workload(5.5m, CreditUnit.UkrainianEcts) }], Samples.LatvianCourse, CreditTransfer, Full, None,
            "Half an ECTS short is within the 10 % tolerance: not a substantial difference.",
            Source: "[R3] workload differences that are not substantial are accepted; [R2]"),
        new("UA micro with half the outcomes → LV course", [Ua with { LearningOutcomes = Pick(Outcomes.UkrainianMicro, 0, 3) }], Samples.LatvianCourse, CreditTransfer, Partial, [LearningOutcomes],
            "Programming and the project are covered; visualisation and statistics can be made up in a bridging module.",
            Source: "[R9] GC partial recognition; [R6] bridging measures; [R3]"),
        new("UA micro with one outcome → LV course", [Ua with { LearningOutcomes = Pick(Outcomes.UkrainianMicro, 0) }], Samples.LatvianCourse, CreditTransfer, ReferredToOfficer, [LearningOutcomes],
            "Only one of four course outcomes is evidenced: possibly a substantial difference.",
            Source: "[R2][R3] outcomes essential for the target activity; [R1] LRC III.3(5)"),
        new("UA micro in Ukrainian only → LV course", [Ua with { LearningOutcomes = FirstLanguageOnly(Outcomes.UkrainianMicro) }], Samples.LatvianCourse, CreditTransfer, ReferredToOfficer, [LearningOutcomes],
            "No language in common and no skill URIs: the machine cannot read the outcomes, an officer must.",
            Source: "[R1] LRC III.3(5) burden on the assessing body; [R2]; reference §7 uncertainty to an officer"),
        new("UA micro in Ukrainian with ESCO URIs → LV course", [Ua with { LearningOutcomes = [.. FirstLanguageOnly(Outcomes.UkrainianMicro).Select((o, i) => o with { SkillUri = Outcomes.LatvianCourse[i].SkillUri })] }],
            Samples.LatvianCourse, CreditTransfer, Full, None,
            "The ESCO skills on both sides coincide, so no common language is needed.",
            Source: "[A10] European Learning Model skills (ESCO); [R2][R3]"),
        new("UA micro at NQF 5 → LV course at EQF 6", [Ua with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) }], Samples.LatvianCourse, CreditTransfer, ReferredToOfficer, [Level],
            "A short-cycle-level micro-credential for a bachelor-level course may differ substantially.",
            Source: "[U1][U2][U4] UA NQF 2020 = EQF, 5 = short cycle; [E2]; [R2] level"),
        new("UA micro at NQF 7 → LV course at EQF 6", [Ua with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 7) }], Samples.LatvianCourse, CreditTransfer, Full, None,
            "A master-level micro-credential for a bachelor-level course: higher is not a difference.",
            Source: "[U1][U4] UA NQF 7 = EQF 7 (2020); [R2][R3]"),
        new("LV micro with internal QA only → UA course", [Lv with { QualityAssurance = new QualityAssurance(QualityAssuranceType.InternalOnly) }], Samples.UkrainianCourse, CreditTransfer, ReferredToOfficer, [Quality],
            "No external QA is stated: flagged for the officer to verify the provider, not refused.",
            Source: "[M1][M2] Annex I type of QA; [A12] DEQAR; reference §7 flag, not reject"),
        new("KZ micro with expired accreditation → LV course", [Kz with { QualityAssurance = new QualityAssurance(QualityAssuranceType.ExternalNational, "IAAR", new DateOnly(2025, 12, 31)) }],
            Samples.LatvianCourse, CreditTransfer, ReferredToOfficer, [Quality],
            "The provider's accreditation expired before the assessment date; the officer checks renewal.",
            Source: "[A12] QA result and its validity; [K17]; reference §7 flag, not reject"),
        new("LV provider on the KZ automatic list → KZ course", [Lv with { QualityAssurance = new QualityAssurance(QualityAssuranceType.InternalOnly), LearningOutcomes = FirstLanguageOnly(Outcomes.LatvianMicro) }],
            Samples.KazakhCourse, CreditTransfer, Full, None,
            "The commission lists the provider as a leading organisation: its outcomes are recognised automatically.",
            Samples.KazakhPolicyTrusting("lv-rtu"),
            Source: "seed 001 [K10] leading organisations recognised automatically; [R11][R12]"),
        new("LV micro 2021 in old credit points → UA course", [Lv with { IssueDate = new DateOnly(2021, 6, 1), Workload = new Workload(4, CreditUnit.LatvianCreditPoint) }],
            Samples.UkrainianCourse, CreditTransfer, Full, None,
            "4 credit points issued before 11 Oct 2022 are 6 ECTS.",
            Source: "[L1][L2] KP before 11 Oct 2022 = 1.5 ECTS"),
        new("LV micro 2025 in 4 current credit points → UA course", [Lv with { Workload = new Workload(4, CreditUnit.LatvianCreditPoint) }], Samples.UkrainianCourse, CreditTransfer, Partial, [Criterion.Workload],
            "4 current credit points are 4 ECTS of 6: recognise 4, 2 ECTS to earn.",
            Source: "[L1] KP from 11 Oct 2022 = 1 ECTS; [R9] GC partial recognition"),
        new("KZ micro stated in 150 academic hours → KZ course", [Kz with { Workload = new Workload(150, CreditUnit.KazakhAcademicHours) }], Samples.KazakhCourse, CreditTransfer, Full, None,
            "150 academic hours of 50 minutes are 5 academic credits, exactly the course.",
            Source: "[K1][K4][K10] 1 academic credit = 30 academic hours of 50 min"),

        // Incomplete files: not assessed, kept, clock not started.
        new("LV micro without purpose and place of issue", [Lv with { Purpose = null, PlaceOfIssue = null }], Samples.UkrainianCourse, CreditTransfer, null, None,
            "Latvian certificates must state purpose and place of issue; the file waits for them.",
            Source: "seed 003 [L11] Latvian certificate content; [R1] LRC III.5 time from complete file; [R5]"),
        new("UA micro without course content", [Ua with { Content = null }], Samples.LatvianCourse, CreditTransfer, null, None,
            "Ukrainian certificates must state the content; the file waits for it.",
            Source: "seed 000 Ukrainian certificate content (course content, outcomes, NQF level); [R1] LRC III.5; [R5]"),
        new("KZ registered micro without registry number", [Kz with { RegistryNumber = null }], Samples.LatvianCourse, CreditTransfer, null, None,
            "A programme in the Kazakh register must carry its certificate number; the file waits for it.",
            Source: "seed 001 [K10] Kazakh micro-credential register; [R1] LRC III.5; [R5]"),

        // Stacking several micro-credentials against one course.
        new("Two UA micros of 3 ECTS → LV course", [Ua with { Workload = new Workload(3, CreditUnit.UkrainianEcts), LearningOutcomes = Pick(Outcomes.UkrainianMicro, 0, 1) },
                Ua with { Id = "ua-mc-002", Workload = new Workload(3, CreditUnit.UkrainianEcts), LearningOutcomes = Pick(Outcomes.UkrainianMicro, 2, 3) }],
            Samples.LatvianCourse, CreditTransfer, Full, None,
            "Together 6 ECTS and all four outcomes: the stack replaces the course.",
            Source: "[M1][M2] stackable micro-credentials; [U12]"),
        new("UA 3 ECTS + KZ 2 credits → LV course", [Ua with { Workload = new Workload(3, CreditUnit.UkrainianEcts), LearningOutcomes = Pick(Outcomes.UkrainianMicro, 0, 1) },
                Kz with { Workload = new Workload(2, CreditUnit.KazakhAcademicCredit), LearningOutcomes = Pick(Outcomes.KazakhMicro, 2) }],
            Samples.LatvianCourse, CreditTransfer, Partial, [Criterion.Workload, LearningOutcomes],
            "Together 5 of 6 ECTS and three of four outcomes: recognise that part, the project and 1 ECTS remain.",
            Source: "[M1][M2] stackability; [K1] 1 academic credit = 1 ECTS; [R9] GC partial recognition"),
        new("Stack with one micro at EQF 5 → LV course", [Ua with { Workload = new Workload(3, CreditUnit.UkrainianEcts), LearningOutcomes = Pick(Outcomes.UkrainianMicro, 0, 1) },
                Ua with { Id = "ua-mc-003", Level = new LevelClaim(QualificationFramework.UkraineNqf, 5), Workload = new Workload(3, CreditUnit.UkrainianEcts), LearningOutcomes = Pick(Outcomes.UkrainianMicro, 2, 3) }],
            Samples.LatvianCourse, CreditTransfer, ReferredToOfficer, [Level],
            "A stack is only as high as its lowest member; EQF 5 against an EQF 6 course goes to an officer.",
            Source: "[M1] stackability; [U1][U4] UA NQF 5 = EQF 5; [R2] level"),
        new("Stack with one micro lacking QA → LV course", [Ua with { Workload = new Workload(3, CreditUnit.UkrainianEcts), LearningOutcomes = Pick(Outcomes.UkrainianMicro, 0, 1) },
                Kz with { Workload = new Workload(3, CreditUnit.KazakhAcademicCredit), LearningOutcomes = Pick(Outcomes.KazakhMicro, 2, 3), QualityAssurance = new QualityAssurance(QualityAssuranceType.None) }],
            Samples.LatvianCourse, CreditTransfer, ReferredToOfficer, [Quality],
            "The lowest quality in the stack counts: one provider without QA is flagged for checking.",
            Source: "[M1][M2] Annex I type of QA; [R2] quality; reference §7"),

        // Degrees for admission.
        new("UA bachelor 2018 'NQF 7' → LV master admission", [UaBachelor], Samples.MasterAdmission(CountryCodes.Latvia), Admission, Full, None,
            "NQF 7 on a 2018 Ukrainian diploma is the 2017 numbering for a bachelor, EQF 6; 240 ECTS.",
            Source: "[U5][U6][U7] UA NQF 2017 numbering, bachelor = 7; [U4] 240 ECTS; [R1] LRC Art. IV.1"),
        new("KZ bachelor 6B → UA master admission", [Samples.KazakhBachelor], Samples.MasterAdmission(CountryCodes.Ukraine), Admission, Full, None,
            "Programme code 6B marks a Kazakh bachelor, EQF 6, with 240 academic credits.",
            Source: "[K1][K2][K14] code 6B = bachelor, EQF 6, 240 credits; [R1] LRC Art. IV.1"),
        new("LV bachelor 2019 in 160 KP → KZ master admission", [Samples.LatvianBachelor2019], Samples.MasterAdmission(CountryCodes.Kazakhstan), Admission, Full, None,
            "160 pre-2022 Latvian credit points are 240 ECTS, meeting the Kazakh 240-credit bachelor.",
            Source: "[L1][L2] 160 KP before 11 Oct 2022 = 240 ECTS; [K1][K14] KZ bachelor 240 credits"),
        new("UA junior bachelor → LV master admission", [UaBachelor with { Id = "ua-jb-2021", IssueDate = new DateOnly(2021, 6, 30), Level = new LevelClaim(QualificationFramework.UkraineNqf, 5), Degree = "junior_bachelor", Workload = new Workload(120, CreditUnit.UkrainianEcts) }],
            Samples.MasterAdmission(CountryCodes.Latvia), Admission, ReferredToOfficer, [Level, Criterion.Workload, Access],
            "A short-cycle degree (EQF 5, 120 ECTS) does not on its face give access to a second-cycle programme: at home it opens bachelor programmes.",
            Source: "[U1][U4] junior bachelor = NQF 5, 120 ECTS; [E2] short cycle; [R1] LRC Art. IV.1; [R7] access at home"),
        new("UA bachelor 2022 still printing 'NQF 7' → LV master admission", [UaBachelor with { Id = "ua-ba-2022", IssueDate = new DateOnly(2022, 6, 30) }],
            Samples.MasterAdmission(CountryCodes.Latvia), Admission, ReferredToOfficer, [Level],
            "In 2022 NQF 7 means master, but the degree is a bachelor: the officer establishes which numbering the issuer used.",
            Source: "[U1][U2] UA NQF 2020 numbering; [U7] 2017 numbering still printed; [R1] LRC III.3(5)"),
        new("UA economics bachelor → KZ computer science master", [UaBachelor with { FieldCode = "0311" }], Samples.MasterAdmission(CountryCodes.Kazakhstan), Admission, ReferredToOfficer, [Profile],
            "Economics is a different broad field from ICT; for admission the officer weighs the field.",
            Source: "[R2] profile; [R3] difference must matter for the purpose; [R7]"),
        new("UA professional bachelor → LV academic master", [UaBachelor with { Orientation = Orientation.Professional }], Samples.MasterAdmission(CountryCodes.Latvia), Admission, Full, None,
            "A professional rather than academic orientation is not a substantial difference.",
            Source: "[R3] orientation (academic vs professional) is not substantial"),
        new("LV old PQL 5 → KZ PhD admission", [Samples.LatvianBachelor2019 with { Id = "lv-pql5-2020", Kind = CredentialKind.VocationalQualification, Degree = null, Level = new LevelClaim(QualificationFramework.LatviaProfessionalLevel, 5), IssueDate = new DateOnly(2020, 6, 1) }],
            PhdAdmission(CountryCodes.Kazakhstan), Admission, ReferredToOfficer, [Level],
            "Old professional level 5 spans LQF 6 and 7; whether it is second-cycle must be established.",
            Source: "[L5] PQL 5 = LQF 6 or 7 before 1 Aug 2022; [L4]; [R2] level"),
        new("KZ legacy master 2015 → UA PhD admission", [KzLegacyMaster], PhdAdmission(CountryCodes.Ukraine), Admission, Full, None,
            "48 legacy credits of a scientific-pedagogical master are 120–144 ECTS at EQF 7.",
            Source: "[K6][K7] legacy credits × 2.5–3 for a scientific-pedagogical master; [K14] master = EQF 7"),
        new("KZ legacy master without component → LV PhD admission", [KzLegacyMaster with { Workload = new Workload(48, CreditUnit.KazakhLegacyCredit) }], PhdAdmission(CountryCodes.Latvia), Admission, ReferredToOfficer, [Criterion.Workload],
            "Legacy credits cannot be converted without knowing the component; an officer reads the transcript.",
            Source: "[K6][K7] the factor depends on the component; [R1] LRC III.3(5)"),
        new("UA master 2021 → KZ PhD for further study", [UaBachelor with { Id = "ua-ma-2021", IssueDate = new DateOnly(2021, 12, 20), Level = new LevelClaim(QualificationFramework.UkraineNqf, 7), Degree = "master", Workload = new Workload(90, CreditUnit.UkrainianEcts) }],
            PhdAdmission(CountryCodes.Kazakhstan), FurtherStudy, Full, None,
            "NQF 7 on a 2021 Ukrainian diploma is master, EQF 7, with 90 ECTS.",
            Source: "[U1][U2][U4] UA NQF 2020, master = 7, 90–120 ECTS"),

        // Employment.
        new("KZ micro 2 credits → LV junior analyst job", [Kz with { Workload = new Workload(2, CreditUnit.KazakhAcademicCredit) }], JuniorAnalystJob, Employment, Full, None,
            "For employment the study workload is not weighed; level and outcomes meet the job profile.",
            Source: "[R2] substantial for the desired activity; [R3][R7]"),
        new("UA micro with half the outcomes → LV junior analyst job", [Ua with { LearningOutcomes = Pick(Outcomes.UkrainianMicro, 0, 3) }], JuniorAnalystJob, Employment, Partial, [LearningOutcomes],
            "Half of the job's skills are evidenced; the rest can be shown through training.",
            Source: "[R2][R3] outcomes essential for the job; [R9] GC partial recognition"),
    ];

    private static IReadOnlyList<Scenario> Concatenated() =>
        [.. Standard, .. AccessRows, .. GradeRows, .. InputRows, .. StackRows, .. QualityRows, .. AutomaticListRows, .. LanguageRows];

    public static Scenario Named(string name) => All.Single(s => s.Name == name);
}
