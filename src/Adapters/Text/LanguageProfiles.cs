namespace Exchange.Adapters.Text;

/// <summary>
/// Built-in profiles for the hub languages. Lists are short on purpose: function words plus the stock
/// phrases of outcome statements ("the learner is able to…"), which otherwise inflate every match.
/// </summary>
public static class LanguageProfiles
{
    public static LanguageProfile English { get; } = new(
        "en",
        [
            "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "from", "at", "as", "into", "their", "its", "is", "are", "be",
            "will", "can", "able", "ability", "student", "students", "learner", "learners", "graduate", "graduates", "upon", "completion", "successful",
            "demonstrate", "demonstrates", "knowledge", "understanding", "understand", "apply", "use", "using", "basic", "main", "key", "various",
            "different", "relevant", "appropriate", "own", "such", "this", "that", "these", "those", "how", "which", "who", "including", "within",
        ],
        [
            "ization", "isation", "ations", "ation", "ements", "ement", "ments", "ment", "ness", "ings", "ing", "ities", "ity", "ies",
            "ied", "ive", "ives", "able", "ible", "ally", "ful", "ous", "ise", "ize", "ised", "ized", "ises", "izes", "al", "ed", "er", "ers", "es",
            "ly", "ic", "ics", "s", "e", "y",
        ],
        minimumStem: 3);

    public static LanguageProfile Ukrainian { get; } = new(
        "uk",
        [
            "і", "й", "та", "або", "чи", "в", "у", "на", "з", "із", "зі", "до", "для", "за", "про", "по", "при", "від", "що", "як", "це", "які", "який",
            "яка", "яке", "їх", "його", "її", "свої", "своєї", "свою", "також", "між", "під", "над", "без", "через", "щодо", "вміти", "уміти", "вміння",
            "уміння", "знати", "знання", "здатність", "здатний", "здатен", "здобувач", "здобувачі", "студент", "студенти", "слухач", "слухачі",
            "результат", "результати", "основи", "основні", "основних", "різних", "відповідних", "може", "можуть", "буде",
        ],
        [
            "ування", "ювання", "ення", "ання", "іння", "ість", "ості", "остей", "ами", "ями", "ові", "еві", "ого", "ому", "ими", "іми", "ій", "ий",
            "ої", "ою", "ею", "ів", "ах", "ях", "ти", "ть", "ує", "ють", "ати", "яти", "ити", "увати", "ювати", "ує", "ують", "ного",
            "ної", "них", "них", "ним", "ній", "ні", "на", "не", "ну", "их", "ім", "а", "я", "у", "ю", "і", "и", "о", "е", "ь", "ї", "є",
        ],
        ["ся", "сь"],
        minimumStem: 3);

    public static LanguageProfile Russian { get; } = new(
        "ru",
        [
            "и", "й", "а", "но", "или", "в", "во", "на", "с", "со", "к", "ко", "до", "для", "за", "о", "об", "по", "при", "от", "что", "как", "это",
            "которые", "который", "которая", "их", "его", "ее", "свои", "своей", "свою", "также", "между", "под", "над", "без", "через", "уметь",
            "умение", "умения", "знать", "знание", "знания", "способность", "способен", "обучающийся", "обучающиеся", "студент", "студенты",
            "слушатель", "слушатели", "результат", "результаты", "основы", "основные", "основных", "различных", "может", "могут", "будет",
        ],
        [
            "ирование", "ирования", "ование", "ования", "ение", "ения", "ание", "ания", "ость", "ости", "остей", "ами", "ями", "ого", "его", "ому",
            "ему", "ыми", "ими", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ой", "ом", "ем", "ах", "ях", "ов", "ев", "ть", "ет",
            "ют", "ат", "ят", "ить", "ать", "ять", "ировать", "овать", "ует", "уют", "ные", "ных", "ный", "ная", "ное", "ным", "ной", "ном", "ым", "им", "ую", "юю", "ых", "их", "а", "я", "ы", "и", "о", "е",
            "у", "ю", "ь",
        ],
        ["ся", "сь"],
        minimumStem: 3);

    /// <summary>Latvian, after diacritics are folded (ā→a, š→s …), so "analīze" and "analize" meet.</summary>
    public static LanguageProfile Latvian { get; } = new(
        "lv",
        [
            "un", "vai", "ar", "par", "uz", "no", "pie", "pec", "pēc", "lidz", "līdz", "kas", "ka", "kā", "ir", "bus", "būs", "var", "spēj", "spej",
            "prot", "zina", "zināšanas", "zinasanas", "prasmes", "izpratne", "students", "studenti", "izglītojamais", "izglitojamais", "dalībnieks",
            "dalibnieks", "rezultāti", "rezultati", "pamati", "pamatus", "dažādu", "dazadu", "savu", "savas", "to", "tā", "ta", "šo",
            "so", "arī", "ari", "starp", "bez", "caur", "lai",
        ],
        [
            "šanas", "šana", "šanu", "ibas", "iba", "ibu", "ibam", "amies", "ieties", "iem", "ies", "ams", "ama", "amo", "umu", "am", "as", "es",
            "is", "us", "os", "ai", "ei", "em", "um", "ot", "et", "it", "at", "a", "e", "i", "u", "s", "o", "t",
        ],
        minimumStem: 3);

    public static IReadOnlyList<LanguageProfile> All { get; } = [English, Ukrainian, Russian, Latvian];
}
