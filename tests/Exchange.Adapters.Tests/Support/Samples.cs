using System.Collections.Frozen;
using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Grades;
using Exchange.Adapters.Recognition;

namespace Exchange.Adapters.Tests.Support;

/// <summary>
/// Complete, realistic credentials and targets. Tests change one thing with <c>with { … }</c> so each
/// test shows exactly the fact it is about.
/// </summary>
internal static class Samples
{
    public static readonly DateOnly AssessmentDate = new(2026, 3, 2);

    public static Credential UkrainianMicro => new()
    {
        Id = "ua-mc-001",
        Kind = CredentialKind.MicroCredential,
        Learner = new Learner("UA-RNOKPP-3141592653", "Olena Kovalenko", new DateOnly(1999, 4, 12)),
        Title = [new LanguageString("uk", "Аналіз даних мовою Python"), new LanguageString("en", "Data analysis in Python")],
        IssuerCountry = CountryCodes.Ukraine,
        AwardingBody = new Organisation("ua-kpi", "Igor Sikorsky Kyiv Polytechnic Institute", CountryCodes.Ukraine, "EDRPOU 02070921, Beresteiskyi Ave 37, Kyiv", "mc@kpi.ua"),
        IssueDate = new DateOnly(2025, 6, 20),
        LearningOutcomes = Outcomes.UkrainianMicro,
        Workload = new Workload(6, CreditUnit.UkrainianEcts),
        Level = new LevelClaim(QualificationFramework.UkraineNqf, 6),
        AssessmentType = AssessmentType.Project,
        ParticipationForm = ParticipationForm.Online,
        QualityAssurance = new QualityAssurance(QualityAssuranceType.ExternalNational, "NAQA", new DateOnly(2028, 7, 1)),
        Supervision = Supervision.SupervisedWithIdentityCheck,
        Grade = new Grade("92", GradeScales.Ukrainian100),
        Stackability = Stackability.IntegratedStackable,
        Orientation = Orientation.Academic,
        FieldCode = "0613",
        Content = "Python syntax; pandas; data cleaning; matplotlib; descriptive statistics; project.",
    };

    public static Credential LatvianMicro => new()
    {
        Id = "lv-mc-001",
        Learner = new Learner("LV-010101-12345", "Jānis Bērziņš"),
        Title = [new LanguageString("lv", "Datu analīze Python valodā"), new LanguageString("en", "Data analysis in Python")],
        IssuerCountry = CountryCodes.Latvia,
        AwardingBody = new Organisation("lv-rtu", "Riga Technical University", CountryCodes.Latvia, "Reg. No 90000068977, Kaļķu iela 1, Rīga", "info@rtu.lv"),
        IssueDate = new DateOnly(2025, 5, 30),
        LearningOutcomes = Outcomes.LatvianMicro,
        Workload = new Workload(6, CreditUnit.LatvianCreditPoint),
        Level = new LevelClaim(QualificationFramework.LatviaLqf, 6),
        AssessmentType = AssessmentType.Mixed,
        ParticipationForm = ParticipationForm.Blended,
        QualityAssurance = new QualityAssurance(QualityAssuranceType.ExternalEqarRegistered, "AIKA", new DateOnly(2029, 1, 1)),
        Grade = new Grade("8", GradeScales.Latvian10),
        Orientation = Orientation.Academic,
        FieldCode = "0613",
        Purpose = "Professional development in data analysis",
        PlaceOfIssue = "Rīga",
        AuthorisingBody = "Izglītības kvalitātes valsts dienests",
    };

    public static Credential KazakhMicro => new()
    {
        Id = "kz-mc-001",
        Learner = new Learner("KZ-IIN-990412300123", "Aigerim Nurlanovna"),
        Title = [new LanguageString("ru", "Анализ данных на Python"), new LanguageString("en", "Data analysis in Python")],
        IssuerCountry = CountryCodes.Kazakhstan,
        AwardingBody = new Organisation("kz-kaznu", "Al-Farabi Kazakh National University", CountryCodes.Kazakhstan),
        IssueDate = new DateOnly(2025, 12, 15),
        LearningOutcomes = Outcomes.KazakhMicro,
        Workload = new Workload(6, CreditUnit.KazakhAcademicCredit),
        Hours = 180,
        Level = new LevelClaim(QualificationFramework.KazakhstanNqf, 6),
        AssessmentType = AssessmentType.Mixed,
        ParticipationForm = ParticipationForm.Onsite,
        QualityAssurance = new QualityAssurance(QualityAssuranceType.ExternalNational, "IAAR", new DateOnly(2029, 6, 30)),
        Grade = new Grade("B+", GradeScales.KazakhLetter),
        Orientation = Orientation.Academic,
        FieldCode = "0613",
        IsRegisteredProgramme = true,
        RegistryNumber = "MC-KZ-2025-004217",
    };

    public static Credential UkrainianBachelor2018 => UkrainianMicro with
    {
        Id = "ua-ba-2018",
        Kind = CredentialKind.Degree,
        Title = [new LanguageString("uk", "Бакалавр з комп'ютерних наук"), new LanguageString("en", "Bachelor of Computer Science")],
        IssueDate = new DateOnly(2018, 6, 30),
        Level = new LevelClaim(QualificationFramework.UkraineNqf, 7),
        Degree = "bachelor",
        Workload = new Workload(240, CreditUnit.UkrainianEcts),
        LearningOutcomes = [],
    };

    public static Credential KazakhBachelor => KazakhMicro with
    {
        Id = "kz-ba-2024",
        Kind = CredentialKind.Degree,
        Title = [new LanguageString("ru", "Бакалавр в области информационно-коммуникационных технологий")],
        IssueDate = new DateOnly(2024, 6, 28),
        Level = null,
        ProgrammeCode = "6B06101",
        Workload = new Workload(240, CreditUnit.KazakhAcademicCredit),
        LearningOutcomes = [],
        IsRegisteredProgramme = false,
        RegistryNumber = null,
    };

    public static Credential LatvianBachelor2019 => LatvianMicro with
    {
        Id = "lv-ba-2019",
        Kind = CredentialKind.Degree,
        Title = [new LanguageString("lv", "Bakalaura grāds datorzinātnēs")],
        IssueDate = new DateOnly(2019, 6, 20),
        Degree = "bachelor",
        Workload = new Workload(160, CreditUnit.LatvianCreditPoint),
        LearningOutcomes = [],
    };

    public static RecognitionTarget LatvianCourse => new()
    {
        Id = "rtu-dat-101",
        Country = CountryCodes.Latvia,
        Title = "Datu analīze Python valodā",
        Kind = TargetKind.Course,
        RequiredEqfLevel = 6,
        RequiredEcts = 6,
        FieldCode = "0613",
        Orientation = Orientation.Academic,
        Outcomes = Outcomes.LatvianCourse,
        HostCreditUnit = CreditUnit.LatvianCreditPoint,
        HostFramework = QualificationFramework.LatviaLqf,
        HostGradeScaleId = GradeScales.Latvian10,
    };

    public static RecognitionTarget UkrainianCourse => LatvianCourse with
    {
        Id = "kpi-da-210",
        Country = CountryCodes.Ukraine,
        Title = "Аналіз даних",
        Outcomes = Outcomes.UkrainianCourse,
        HostCreditUnit = CreditUnit.UkrainianEcts,
        HostFramework = QualificationFramework.UkraineNqf,
        HostGradeScaleId = GradeScales.Ukrainian100,
    };

    public static RecognitionTarget KazakhCourse => LatvianCourse with
    {
        Id = "kaznu-da-300",
        Country = CountryCodes.Kazakhstan,
        Title = "Анализ данных",
        RequiredEcts = 5,
        Outcomes = Outcomes.RussianCourse,
        HostCreditUnit = CreditUnit.KazakhAcademicCredit,
        HostFramework = QualificationFramework.KazakhstanNqf,
        HostGradeScaleId = GradeScales.KazakhLetter,
    };

    /// <summary>Admission to a master's programme: a completed first cycle in the field.</summary>
    public static RecognitionTarget MasterAdmission(string country) => new()
    {
        Id = country + "-msc-cs",
        Country = country,
        Title = "Master in Computer Science (admission)",
        Kind = TargetKind.Programme,
        RequiredEqfLevel = 6,
        RequiredEcts = country == CountryCodes.Kazakhstan ? 240 : 180,
        FieldCode = "0613",
        Orientation = Orientation.Academic,
    };

    public static RecognitionPolicy Policy(string country) => RecognitionPolicy.Defaults(country);

    /// <summary>The Kazakh policy with the providers on one list, as a policy file's <c>automaticallyRecognisedProviders</c> gives them.</summary>
    public static RecognitionPolicy KazakhPolicyTrusting(params string[] providers) =>
        KazakhPolicyWith(new AutomaticRecognitionList(AutomaticRecognitionList.PolicyFileId, 1, "Policy file", "kz policy file", providers.ToFrozenSet(StringComparer.Ordinal)));

    /// <summary>The Kazakh policy with the given automatic recognition lists.</summary>
    public static RecognitionPolicy KazakhPolicyWith(params AutomaticRecognitionList[] lists) =>
        RecognitionPolicy.Defaults(CountryCodes.Kazakhstan) with { AutomaticRecognitionLists = lists };

    /// <summary>The Kazakh centre's list of leading organisations (seed 001), at a version, naming the providers.</summary>
    public static AutomaticRecognitionList LeadingProviders(long version, params string[] providers) =>
        new("kz-leading-providers", version, "Leading foreign and domestic organisations", "Seed 001: the commission may recognise results of leading organisations automatically",
            providers.ToFrozenSet(StringComparer.Ordinal));
}
