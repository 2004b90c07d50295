using CsCheck;
using Exchange.Adapters.Text;

namespace Exchange.Adapters.Tests.Text;

/// <summary>Kazakh: stacked endings stripped in turn, stock phrases of outcome statements dropped, short roots kept.</summary>
public class KazakhTextSpecs
{
    private static readonly TextNormaliser Normaliser = TextNormaliser.Default;
    private static readonly LanguageProfile Kazakh = LanguageProfiles.Kazakh;

    [Theory]
    [InlineData("дерек")]
    [InlineData("деректер")]
    [InlineData("деректерді")]
    [InlineData("деректермен")]
    [InlineData("деректердің")]
    [InlineData("деректерге")]
    [InlineData("деректерде")]
    [InlineData("деректерден")]
    [InlineData("деректері")]
    [InlineData("деректерін")]
    [InlineData("деректерінде")]
    [InlineData("деректердегі")]
    public void Plural_possessive_and_case_endings_of_a_noun_meet_at_its_root(string form) =>
        Assert.Equal("дерек", Kazakh.StemOf(form));

    [Theory]
    [InlineData("тілі", "тіл")]
    [InlineData("тілінде", "тіл")]
    [InlineData("тілдері", "тіл")]
    [InlineData("жазу", "жаз")]
    [InlineData("жазады", "жаз")]
    [InlineData("жаза", "жаз")]
    [InlineData("ойы", "ойы")]
    [InlineData("су", "су")]
    public void Short_roots_are_never_cut_below_three_letters(string form, string stem) =>
        Assert.Equal(stem, Kazakh.StemOf(form));

    [Theory]
    [InlineData("жиынтығы", "жиынтық")]
    [InlineData("жиынтықтары", "жиынтық")]
    [InlineData("кітабы", "кітап")]
    [InlineData("көмегі", "көмек")]
    public void A_root_voiced_before_an_ending_is_restored_to_its_own_final_consonant(string form, string stem) =>
        Assert.Equal(stem, Kazakh.StemOf(form));

    [Theory]
    [InlineData("кестелік деректерді тазалау", "кестелік деректермен тазалайды")]
    [InlineData("нәтижелерді түсіндіру", "олардың нәтижелерін түсіндіреді")]
    [InlineData("статистиканы қолдану", "статистиканы қолданады")]
    [InlineData("жобаны құжаттау", "жобасын құжаттай алады")]
    public void Verbal_nouns_finite_verbs_and_converbs_of_one_verb_meet(string a, string b) =>
        Assert.Equal(Normaliser.Terms(a, "kk").Order(StringComparer.Ordinal), Normaliser.Terms(b, "kk").Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Білім алушы Python бағдарламаларын жаза алады", "python|бағдарлам|жаз")]
    [InlineData("Курсты аяқтағаннан кейін тыңдаушы SQL сұрауларын жазуды біледі", "sql|сұр|жаз")]
    [InlineData("Бағдарлама түлегі деректерді талдауға қабілетті", "бағдарлам|дерек|тал")]
    public void Stock_phrases_of_Kazakh_outcome_statements_are_dropped(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Normaliser.Terms(text, "kk"));

    [Theory]
    [InlineData("машиналық оқыту")]
    [InlineData("деректер қоры және бағдарламалау")]
    public void Words_that_carry_content_are_kept(string text) =>
        Assert.True(Normaliser.Terms(text, "kk").Count >= 2);

    [Fact]
    public void Kazakh_letters_are_not_folded_into_Russian_ones() =>
        Assert.NotEqual(Normaliser.Terms("үн", "kk"), Normaliser.Terms("ұн", "kk"));

    [Fact]
    public void Regional_Kazakh_tags_use_the_Kazakh_profile() =>
        Assert.Equal(Normaliser.Terms("деректерді", "kk"), Normaliser.Terms("деректерді", "kk-KZ"));

    [Fact]
    public void A_stem_is_the_word_itself_or_a_prefix_of_at_least_three_letters() =>
        Gen.String[Gen.Char["абвгғдеәжзиійкқлмнңоөпрстуұүфхһцчшщъыьэюя"], 1, 20].Sample(word =>
        {
            var stem = Kazakh.StemOf(word);

            Assert.True(stem.Length == word.Length || stem.Length >= Kazakh.MinimumStem, $"{word} → {stem}");
            Assert.StartsWith(stem[..^1], word, StringComparison.Ordinal);
            var last = word[stem.Length - 1];
            Assert.Equal(Kazakh.FinalAlternations.TryGetValue(last, out var plain) ? plain : last, stem[^1]);
        }, iter: 500);
}
