using Exchange.Adapters.Credentials;

namespace Exchange.Adapters.Tests.Support;

/// <summary>Outcome statements used across tests, in the languages each side would publish them.</summary>
internal static class Outcomes
{
    public static readonly Uri EscoPython = new("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d");
    public static readonly Uri EscoVisualisation = new("http://data.europa.eu/esco/skill/2b6bdd4a-3c8e-4a28-bd0b-6d1b9e8fc8e0");
    public static readonly Uri EscoStatistics = new("http://data.europa.eu/esco/skill/5d9a3ff9-1b3c-4e6a-9a93-6f4c8a1f2a51");
    public static readonly Uri EscoProject = new("http://data.europa.eu/esco/skill/9f2c1a55-0b8e-4a7f-8d8c-3b9c2e6f7a10");

    public static LearningOutcome Two(string l1, string t1, string l2, string t2, Uri? skill = null) =>
        new([new LanguageString(l1, t1), new LanguageString(l2, t2)], skill);

    // Host course (Latvia), Latvian + English.
    public static IReadOnlyList<LearningOutcome> LatvianCourse { get; } =
    [
        Two("lv", "Rakstīt Python programmas tabulāru datu tīrīšanai un pārveidošanai", "en", "Write Python programs to clean and transform tabular data", EscoPython),
        Two("lv", "Vizualizēt datu kopas ar diagrammām un interpretēt rezultātus", "en", "Visualise data sets with charts and interpret the results", EscoVisualisation),
        Two("lv", "Lietot aprakstošo statistiku reālām datu kopām", "en", "Apply descriptive statistics to real data sets", EscoStatistics),
        Two("lv", "Dokumentēt un prezentēt reproducējamu datu analīzes projektu", "en", "Document and present a reproducible data analysis project", EscoProject),
    ];

    // Ukrainian micro-credential, Ukrainian + English, covering the first three course outcomes.
    public static IReadOnlyList<LearningOutcome> UkrainianMicro { get; } =
    [
        Two("uk", "Писати програми мовою Python для очищення та перетворення табличних даних", "en", "Write Python programs for cleaning and transforming tabular data"),
        Two("uk", "Візуалізувати набори даних за допомогою діаграм та інтерпретувати результати", "en", "Visualise data sets using charts and interpret the results"),
        Two("uk", "Застосовувати описову статистику до реальних наборів даних", "en", "Apply descriptive statistics to real data sets"),
        Two("uk", "Документувати та презентувати відтворюваний проєкт аналізу даних", "en", "Document and present a reproducible data analysis project"),
    ];

    // Kazakh micro-credential, Russian + English.
    public static IReadOnlyList<LearningOutcome> KazakhMicro { get; } =
    [
        Two("ru", "Писать программы на Python для очистки и преобразования табличных данных", "en", "Write Python programs that clean and transform tabular data"),
        Two("ru", "Визуализировать наборы данных с помощью диаграмм и интерпретировать результаты", "en", "Visualise data sets with charts and interpret their results"),
        Two("ru", "Применять описательную статистику к реальным наборам данных", "en", "Apply descriptive statistics to real data sets"),
        Two("ru", "Документировать и представлять воспроизводимый проект анализа данных", "en", "Document and present a reproducible data analysis project"),
    ];

    // Latvian micro-credential, Latvian + English.
    public static IReadOnlyList<LearningOutcome> LatvianMicro { get; } =
    [
        Two("lv", "Rakstīt Python programmas datu tīrīšanai un tabulāru datu pārveidošanai", "en", "Write Python programs to clean tabular data and transform it"),
        Two("lv", "Vizualizēt datu kopas diagrammās un interpretēt to rezultātus", "en", "Visualise data sets in charts and interpret the results"),
        Two("lv", "Lietot aprakstošo statistiku datu kopām", "en", "Apply descriptive statistics to data sets"),
        Two("lv", "Prezentēt reproducējamu datu analīzes projektu un to dokumentēt", "en", "Present and document a reproducible data analysis project"),
    ];

    /// <summary>Ukrainian or Russian course outcomes for UA and KZ host courses.</summary>
    public static IReadOnlyList<LearningOutcome> UkrainianCourse { get; } =
    [
        Two("uk", "Писати програми Python для очищення і перетворення табличних даних", "en", "Write Python programs to clean and transform tabular data", EscoPython),
        Two("uk", "Візуалізувати набори даних діаграмами та інтерпретувати результати", "en", "Visualise data sets with charts and interpret the results", EscoVisualisation),
        Two("uk", "Застосовувати описову статистику до реальних наборів даних", "en", "Apply descriptive statistics to real data sets", EscoStatistics),
        Two("uk", "Документувати і презентувати відтворюваний проєкт аналізу даних", "en", "Document and present a reproducible data analysis project", EscoProject),
    ];

    public static IReadOnlyList<LearningOutcome> RussianCourse { get; } =
    [
        Two("ru", "Писать программы Python для очистки и преобразования табличных данных", "en", "Write Python programs to clean and transform tabular data", EscoPython),
        Two("ru", "Визуализировать наборы данных диаграммами и интерпретировать результаты", "en", "Visualise data sets with charts and interpret the results", EscoVisualisation),
        Two("ru", "Применять описательную статистику к реальным наборам данных", "en", "Apply descriptive statistics to real data sets", EscoStatistics),
        Two("ru", "Документировать и представлять воспроизводимый проект анализа данных", "en", "Document and present a reproducible data analysis project", EscoProject),
    ];

    /// <summary>Kazakh host course in Kazakh and Russian (Kazakh universities publish both), with the course's ESCO skills.</summary>
    public static IReadOnlyList<LearningOutcome> KazakhCourse { get; } =
    [
        Two("kk", "Кестелік деректерді тазалау және түрлендіру үшін Python тілінде бағдарламалар жазу", "ru", "Писать программы Python для очистки и преобразования табличных данных", EscoPython),
        Two("kk", "Деректер жиынтықтарын диаграммалар арқылы визуализациялау және нәтижелерді түсіндіру", "ru", "Визуализировать наборы данных диаграммами и интерпретировать результаты", EscoVisualisation),
        Two("kk", "Нақты деректер жиынтықтарына сипаттамалық статистиканы қолдану", "ru", "Применять описательную статистику к реальным наборам данных", EscoStatistics),
        Two("kk", "Қайталанатын деректерді талдау жобасын құжаттау және таныстыру", "ru", "Документировать и представлять воспроизводимый проект анализа данных", EscoProject),
    ];

    /// <summary>
    /// A Kazakh micro-credential written in Kazakh and English: the same four outcomes as the course, in the stock
    /// phrases of Kazakh outcome statements ("білім алушы … жаза алады", "бағдарлама түлегі …") and other inflections.
    /// </summary>
    public static IReadOnlyList<LearningOutcome> KazakhLanguageMicro { get; } =
    [
        Two("kk", "Білім алушы Python тілінде кестелік деректерді тазалайтын және түрлендіретін бағдарламаларды жаза алады", "en", "Write Python programs that clean and transform tabular data"),
        Two("kk", "Деректер жиынтығын диаграммалармен визуализациялай алады және олардың нәтижелерін түсіндіреді", "en", "Visualise data sets with charts and interpret their results"),
        Two("kk", "Сипаттамалық статистиканы нақты деректер жиынтықтарында қолданады", "en", "Apply descriptive statistics to real data sets"),
        Two("kk", "Бағдарлама түлегі деректерді талдаудың қайталанатын жобасын таныстырып, оны құжаттай алады", "en", "Present a reproducible data analysis project and document it"),
    ];
}
