using Exchange.Adapters.Text;

namespace Exchange.Adapters.Tests.Text;

public class TextNormaliserSpecs
{
    private static readonly TextNormaliser Normaliser = TextNormaliser.Default;

    [Theory]
    [InlineData("en", "Analyse datasets", "analysing the datasets")]
    [InlineData("uk", "аналізувати дані", "аналіз даних")]
    [InlineData("ru", "анализировать данные", "анализ данных")]
    [InlineData("lv", "analizēt datus", "datu analīze")]
    public void Inflected_forms_reduce_to_the_same_terms(string language, string a, string b) =>
        Assert.Equal(Normaliser.Terms(a, language).Order(StringComparer.Ordinal), Normaliser.Terms(b, language).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("en", "The learner will be able to use SQL", "sql")]
    [InlineData("uk", "Здобувач буде здатний використовувати SQL", "використов|sql")]
    [InlineData("ru", "Обучающийся будет уметь писать SQL", "пис|sql")]
    [InlineData("lv", "Students spēj rakstīt SQL", "rakst|sql")]
    public void Stop_words_and_outcome_boilerplate_are_dropped(string language, string text, string expected) =>
        Assert.Equal(expected.Split('|'), Normaliser.Terms(text, language));

    [Fact]
    public void Case_and_Latvian_diacritics_fold_so_spelling_variants_meet() =>
        Assert.Equal(Normaliser.Terms("ZINĀŠANU PĀRVALDĪBA", "lv"), Normaliser.Terms("zinasanu parvaldiba", "lv"));

    [Fact]
    public void Ukrainian_apostrophes_inside_words_do_not_split_them() =>
        Assert.Single(Normaliser.Terms("комп’ютерний", "uk"));

    [Fact]
    public void Regional_language_tags_use_the_primary_language() =>
        Assert.True(Normaliser.Supports("uk-UA"));

    [Fact]
    public void An_unsupported_language_yields_no_terms() =>
        Assert.Empty(Normaliser.Terms("Daten analysieren", "de"));

    [Theory]
    [InlineData("uk", "машинне навчання")]
    [InlineData("ru", "машинное обучение")]
    [InlineData("lv", "mašīnmācīšanās un mācību dati")]
    public void Words_that_carry_content_in_some_outcomes_are_not_stop_words(string language, string text) =>
        Assert.True(Normaliser.Terms(text, language).Count >= 2);
}
