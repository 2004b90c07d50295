namespace Exchange.Adapters.Text;

/// <summary>
/// Built-in profiles for the hub languages (English, Ukrainian, Russian, Latvian, Kazakh). Lists are short on purpose: function words plus the stock
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

    /// <summary>
    /// Kazakh (Cyrillic). Agglutinative: a noun carries plural, possessive and case endings in that order
    /// ("дерек-тер-і-нде"), so up to five endings are stripped in turn, longest first, never below three
    /// letters (Kazakh roots are often three letters: "тіл", "жаз"). Endings follow vowel harmony and the
    /// stem's last sound, hence each comes in back/front and л/д/т/н variants. Stem-final ғ, г, б are
    /// restored to қ, к, п, the form the root has on its own ("жиынтығы" → "жиынтық", "кітабы" → "кітап").
    /// The Kazakh letters ә, ғ, қ, ң, ө, ұ, ү, һ, і are not folded to Russian ones: they tell words apart
    /// ("үн" voice and "ұн" flour, "өл" die and "ол" he would fold together).
    /// </summary>
    public static LanguageProfile Kazakh { get; } = new(
        "kk",
        [
            // Function words and postpositions.
            "және", "мен", "бен", "пен", "немесе", "не", "да", "де", "та", "те", "үшін", "арқылы", "бойынша", "туралы", "көмегімен", "негізінде",
            "кезінде", "арасында", "ішінде", "сияқты", "ретінде", "сондай", "ақ", "бұл", "осы", "сол", "ол", "олар", "оның", "олардың", "оны", "оларды",
            "өз", "өзінің", "өзін", "әр", "әрбір", "түрлі", "әртүрлі", "барлық", "кейін", "соң", "тиісті", "қажетті", "негізгі", "негіздері", "негіздерін",
            // Stock phrases of outcome statements: "білім алушы … біледі / меңгереді / қабілетті / жасай алады", "бағдарлама түлегі …",
            // "курсты аяқтағаннан кейін …".
            "білім", "білімі", "білімін", "алушы", "алушылар", "білімгер", "білімгерлер", "студент", "студенттер", "тыңдаушы", "тыңдаушылар",
            "қатысушы", "қатысушылар", "түлек", "түлегі", "түлектер", "түлектері", "біледі", "білу", "түсінеді", "түсіну", "меңгереді", "меңгерген",
            "меңгеру", "игереді", "игеру", "қабілетті", "қабілеті", "қабілетін", "қабілеттілігі", "алады", "ала", "алу", "жасай", "бола", "болады",
            "мүмкіндігі", "курс", "курсты", "курсын", "аяқтағаннан", "аяқтаған", "табысты", "нәтижесінде",
        ],
        [
            // Plural.
            "лар", "лер", "дар", "дер", "тар", "тер",
            // Case: genitive, dative, locative, ablative, accusative, instrumental (also after a possessive: -ның, -на, -нда, -нан, -н).
            "ның", "нің", "дың", "дің", "тың", "тің",
            "ға", "ге", "қа", "ке", "на", "не",
            "да", "де", "та", "те", "нда", "нде",
            "дан", "ден", "тан", "тен", "нан", "нен",
            "ды", "ді", "ты", "ті", "ны", "ні", "ын", "ін", "сын", "сін",
            "мен", "бен", "пен",
            // Locative-attributive ("кестелердегі").
            "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі",
            // Possessive, third person.
            "ы", "і", "сы", "сі",
            // Verb forms of outcome statements: present/future ("жазады", "талдайды"), verbal noun ("жазу"), converbs
            // ("жаза алады", "талдай алады", "жазып"), participles ("жазатын", "алынған").
            "ады", "еді", "йды", "йді", "у", "а", "е", "й", "ып", "іп", "атын", "етін", "йтын", "йтін", "ған", "ген", "қан", "кен",
        ],
        minimumStem: 3,
        maximumEndings: 5,
        finalAlternations: new Dictionary<char, char> { ['ғ'] = 'қ', ['г'] = 'к', ['б'] = 'п' });

    public static IReadOnlyList<LanguageProfile> All { get; } = [English, Ukrainian, Russian, Latvian, Kazakh];
}
