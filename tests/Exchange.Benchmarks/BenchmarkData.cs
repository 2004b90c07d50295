using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Grades;
using Exchange.Adapters.Recognition;

namespace Exchange.Benchmarks;

/// <summary>A typical case: a four-outcome, 6 ECTS Ukrainian micro-credential against a Latvian course.</summary>
internal static class BenchmarkData
{
    private static readonly Uri[] Skills =
    [
        new("http://data.europa.eu/esco/skill/python-programming"),
        new("http://data.europa.eu/esco/skill/data-visualisation"),
        new("http://data.europa.eu/esco/skill/descriptive-statistics"),
        new("http://data.europa.eu/esco/skill/reproducible-research"),
    ];

    private static readonly (string Uk, string En)[] MicroTexts =
    [
        ("Писати програми мовою Python для очищення та перетворення табличних даних", "Write Python programs for cleaning and transforming tabular data"),
        ("Візуалізувати набори даних за допомогою діаграм та інтерпретувати результати", "Visualise data sets using charts and interpret the results"),
        ("Застосовувати описову статистику до реальних наборів даних", "Apply descriptive statistics to real data sets"),
        ("Документувати та презентувати відтворюваний проєкт аналізу даних", "Document and present a reproducible data analysis project"),
    ];

    private static readonly (string Lv, string En)[] CourseTexts =
    [
        ("Rakstīt Python programmas tabulāru datu tīrīšanai un pārveidošanai", "Write Python programs to clean and transform tabular data"),
        ("Vizualizēt datu kopas ar diagrammām un interpretēt rezultātus", "Visualise data sets with charts and interpret the results"),
        ("Lietot aprakstošo statistiku reālām datu kopām", "Apply descriptive statistics to real data sets"),
        ("Dokumentēt un prezentēt reproducējamu datu analīzes projektu", "Document and present a reproducible data analysis project"),
    ];

    public static readonly DateOnly AssessmentDate = new(2026, 3, 2);

    public static Credential Micro(bool texts = true, bool skills = false, decimal ects = 6, IReadOnlyList<int>? outcomes = null) => new()
    {
        Id = "ua-mc-bench",
        Learner = new Learner("UA-3141592653", "Olena Kovalenko"),
        Title = [new LanguageString("uk", "Аналіз даних мовою Python"), new LanguageString("en", "Data analysis in Python")],
        IssuerCountry = "UA",
        AwardingBody = new Organisation("ua-kpi", "Igor Sikorsky Kyiv Polytechnic Institute", "UA"),
        IssueDate = new DateOnly(2025, 6, 20),
        LearningOutcomes = [.. (outcomes ?? [0, 1, 2, 3]).Select(i => new LearningOutcome(
            texts ? [new LanguageString("uk", MicroTexts[i].Uk), new LanguageString("en", MicroTexts[i].En)] : [],
            skills ? Skills[i] : null))],
        Workload = new Workload(ects, CreditUnit.UkrainianEcts),
        Level = new LevelClaim(QualificationFramework.UkraineNqf, 6),
        AssessmentType = AssessmentType.Project,
        ParticipationForm = ParticipationForm.Online,
        QualityAssurance = new QualityAssurance(QualityAssuranceType.ExternalNational, "NAQA"),
        Grade = new Grade("92", GradeScales.Ukrainian100),
        FieldCode = "0613",
        Orientation = Orientation.Academic,
        Content = "Python; pandas; statistics; project.",
    };

    public static RecognitionTarget Course(bool outcomes = true, bool texts = true, bool skills = false) => new()
    {
        Id = "rtu-dat-101",
        Country = "LV",
        Title = "Datu analīze Python valodā",
        RequiredEqfLevel = 6,
        RequiredEcts = 6,
        FieldCode = "0613",
        Orientation = Orientation.Academic,
        Outcomes = outcomes
            ? [.. CourseTexts.Select((t, i) => new LearningOutcome(texts ? [new LanguageString("lv", t.Lv), new LanguageString("en", t.En)] : [], skills ? Skills[i] : null))]
            : [],
        HostCreditUnit = CreditUnit.LatvianCreditPoint,
        HostFramework = QualificationFramework.LatviaLqf,
        HostGradeScaleId = GradeScales.Latvian10,
    };
}
