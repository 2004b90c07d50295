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

/// <summary>Access rights: what a qualification opens at home, weighed for admission and further study (LRC Art. IV.1).</summary>
internal static partial class ScenarioCatalogue
{
    /// <summary>Admission to a first-cycle programme (EQF 6) on the basis of an upper-secondary or post-secondary qualification.</summary>
    private static RecognitionTarget BachelorAdmission(string country) => Samples.MasterAdmission(country) with
    {
        Id = country + "-bsc-cs",
        Title = "Bachelor in Computer Science (admission)",
        RequiredEqfLevel = 4,
        ProgrammeEqfLevel = 6,
        RequiredEcts = null,
        FieldCode = null,
        Orientation = Orientation.Unspecified,
    };

    /// <summary>A Kazakh TVET diploma (KZ NQF 4, skilled worker) whose supplement states access to employment only.</summary>
    private static Credential KzTvetEmploymentOnly => Samples.KazakhMicro with
    {
        Id = "kz-tvet-2023",
        Kind = CredentialKind.VocationalQualification,
        Title = [new LanguageString("ru", "Диплом о техническом и профессиональном образовании: оператор ЭВМ")],
        IssueDate = new DateOnly(2023, 6, 30),
        Level = new LevelClaim(QualificationFramework.KazakhstanNqf, 4),
        Orientation = Orientation.Vocational,
        IsRegisteredProgramme = false,
        RegistryNumber = null,
        AccessRights = [new AccessRight(AccessKind.Employment)],
    };

    private static void DerivedFrom(RecognitionAssessment assessment, string source)
    {
        var access = assessment[Access];
        Xunit.Assert.Equal("access.meets_derived", access.MessageKey);
        Xunit.Assert.Contains(new MessageArgument("source", source), access.Arguments);
        Xunit.Assert.All(assessment.Access, a => Xunit.Assert.True(a.IsDerived));
    }

    private static IReadOnlyList<Scenario> AccessRows { get; } =
    [
        new("UA bachelor 2021 stating access to master → LV master admission",
            [UaBachelor with { Id = "ua-ba-2021", IssueDate = new DateOnly(2021, 6, 30), Level = new LevelClaim(QualificationFramework.UkraineNqf, 6), AccessRights = [new AccessRight(AccessKind.FurtherStudy, 7)] }],
            Samples.MasterAdmission(CountryCodes.Latvia), Admission, Full, [],
            "The diploma supplement states access to master's programmes (EQF 7), exactly what the Latvian master needs.",
            Source: "[R1] LRC Art. IV.1, VI.3; [U16] NRK6 entry base",
            Also: a => Xunit.Assert.Equal("access.meets", a[Access].MessageKey)),
        new("KZ TVET diploma giving employment only → UA bachelor admission", [KzTvetEmploymentOnly],
            BachelorAdmission(CountryCodes.Ukraine), Admission, ReferredToOfficer, [Access],
            "The level is enough for a bachelor's programme, but at home the diploma opens employment only, not further study: potentially substantial.",
            Source: "[R7] access to employment only, not further study; [R1] LRC Art. IV.1; [K14]"),
        new("KZ TVET diploma giving employment only → UA bachelor programme for credit transfer", [KzTvetEmploymentOnly],
            BachelorAdmission(CountryCodes.Ukraine), CreditTransfer, Full, [],
            "For credit transfer access rights are not weighed: the criterion is shown as not considered.",
            Source: "[R2] the difference must matter for the purpose; [R3]",
            Also: a => Xunit.Assert.Equal(Finding.NotConsidered, a[Access].Finding)),
        new("KZ bachelor without stated rights → LV master admission, access derived", [Samples.KazakhBachelor],
            Samples.MasterAdmission(CountryCodes.Latvia), Admission, Full, [],
            "The diploma states no access; the Kazakh degree data (6B opens 7M, unverified) give master's access, shown as derived.",
            Source: "[K1][K14] degree levels; [E2] cycle order; [R1] LRC Art. VI.3",
            Also: a => DerivedFrom(a, "national:KZ-degrees")),
        new("LV professional bachelor with access to master → KZ academic master admission",
            [Samples.LatvianBachelor2019 with { Id = "lv-pba-2019", Degree = "prof_bachelor", Orientation = Orientation.Professional, AccessRights = [new AccessRight(AccessKind.FurtherStudy, 7)] }],
            Samples.MasterAdmission(CountryCodes.Kazakhstan), Admission, Full, [],
            "A professional rather than academic orientation is not substantial; the degree opens master's programmes at home.",
            Source: "[R3] orientation not substantial; [L3] professional bachelor LQF 6; [R1] LRC Art. IV.1",
            Also: a => Xunit.Assert.Equal(Finding.NotSubstantial, a[Profile].Finding)),
        new("LV first-level professional diploma (LQF 5) → LV bachelor admission, access derived",
            [Samples.LatvianBachelor2019 with { Id = "lv-col-2024", IssueDate = new DateOnly(2024, 6, 20), Degree = "college_first_level_prof_he", Level = new LevelClaim(QualificationFramework.LatviaLqf, 5), Orientation = Orientation.Professional, Workload = new Workload(120, CreditUnit.LatvianCreditPoint) }],
            BachelorAdmission(CountryCodes.Latvia), Admission, Full, [],
            "A short-cycle college diploma is taken to open bachelor programmes at home (national data, unverified).",
            Source: "[L8] first-level professional HE = short cycle; [L3]; [R1] LRC Art. IV.1",
            Also: a => DerivedFrom(a, "national:LV-degrees")),
        new("UA master stating a regulated profession only → KZ PhD admission",
            [UaBachelor with { Id = "ua-ma-2022", IssueDate = new DateOnly(2022, 6, 30), Level = new LevelClaim(QualificationFramework.UkraineNqf, 7), Degree = "master", Workload = new Workload(120, CreditUnit.UkrainianEcts),
                AccessRights = [new AccessRight(AccessKind.RegulatedProfession, Profession: "teacher")] }],
            PhdAdmission(CountryCodes.Kazakhstan), Admission, ReferredToOfficer, [Access],
            "The document states only the right to practise as a teacher, not access to doctoral study: the officer checks the Diploma Supplement.",
            Source: "[R7] not giving further-study rights at home; [R1] LRC Art. IV.1, VI.3"),
        new("UA bachelor stating further study without a level → LV master admission",
            [UaBachelor with { Id = "ua-ba-2019", IssueDate = new DateOnly(2019, 6, 30), AccessRights = [new AccessRight(AccessKind.FurtherStudy)] }],
            Samples.MasterAdmission(CountryCodes.Latvia), Admission, ReferredToOfficer, [Access],
            "The supplement says 'access to further study' without a level; the officer establishes whether it opens master's programmes.",
            Source: "[R1] LRC Art. III.3(5) burden of proof, IV.1"),
    ];
}
