using Exchange.Adapters.Common;

namespace Exchange.Adapters.Tests.Messages;

/// <summary>
/// The message catalogue: one resx per topic (the key's first segment) in English, Ukrainian, Kazakh, Russian and
/// Latvian, every key in all five with the same placeholders, no translation left empty or in English.
/// </summary>
public sealed class MessageCatalogueSpecs
{
    public static TheoryData<string, string> Topics()
    {
        var data = new TheoryData<string, string>();
        foreach (var (folder, topic) in MessageFiles.Topics())
        {
            data.Add(folder, topic);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Topics))]
    public void Every_key_of_a_topic_exists_in_all_five_languages_with_the_same_placeholders(string folder, string topic)
    {
        var english = MessageFiles.Entries(MessageFiles.PathOf(folder, topic, "en"));
        Assert.NotEmpty(english);
        foreach (var language in MessageFiles.Languages.Skip(1))
        {
            var translated = MessageFiles.Entries(MessageFiles.PathOf(folder, topic, language));
            Assert.True(translated.Keys.ToHashSet().SetEquals(english.Keys),
                $"{topic}.{language}.resx: missing [{string.Join(", ", english.Keys.Except(translated.Keys))}], extra [{string.Join(", ", translated.Keys.Except(english.Keys))}]");
            foreach (var (key, template) in english)
            {
                var text = translated[key];
                Assert.False(string.IsNullOrWhiteSpace(text), $"{key} is empty in {language}");
                Assert.Equal(MessageTemplate.Placeholders(template).Order(StringComparer.Ordinal), MessageTemplate.Placeholders(text).Order(StringComparer.Ordinal));
                // A sentence left in English is not a translation (one-word labels and codes may coincide).
                var words = System.Text.RegularExpressions.Regex.Replace(template, "\\{@?[A-Za-z0-9_]+\\}", "");
                Assert.False(words.Trim().Contains(' ', StringComparison.Ordinal) && string.Equals(template, text, StringComparison.Ordinal), $"{key} is not translated into {language}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Topics))]
    public void Every_key_lives_in_the_file_of_its_topic_and_is_dotted_lower_case(string folder, string topic)
    {
        foreach (var key in MessageFiles.Entries(MessageFiles.PathOf(folder, topic, "en")).Keys)
        {
            Assert.Equal(topic, MessageCatalogue.TopicOf(key));
            Assert.Matches("^[a-z0-9_]+(\\.[a-z0-9_]+)+$", key);
        }
    }

    [Fact]
    public void Keys_are_not_defined_twice_across_topics_and_projects()
    {
        var keys = MessageFiles.Topics().SelectMany(t => MessageFiles.Entries(MessageFiles.PathOf(t.Folder, t.Topic, "en")).Keys).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Nested_reasons_name_keys_the_catalogue_renders()
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal) { ["required"] = "6", ["reason"] = "level_mapping.ua_no_eqf", ["level"] = "0" };

        Assert.Equal("The level cannot be placed on the EQF: Ukrainian NQF level 0 has no EQF partner. An officer must establish it.",
            MessageCatalogue.Adapters.Render("level.unknown", arguments, "en"));
        Assert.Equal("Рівень неможливо співвіднести з EQF: Рівень НРК України 0 не має відповідника в EQF. Його має встановити посадова особа.",
            MessageCatalogue.Adapters.Render("level.unknown", arguments, "uk"));
    }

    [Theory]
    [InlineData("uk-UA", "EQF 5 на 2 рівень(-ні) нижче за вимогу EQF 7; це може бути суттєва різниця.")]
    [InlineData("ru", "EQF 5 на 2 уровень(-ня) ниже требуемого EQF 7; это может быть существенное различие.")]
    [InlineData("kk-KZ", "EQF 5 талап етілетін EQF 7 деңгейінен 2 деңгейге төмен; бұл елеулі айырмашылық болуы мүмкін.")]
    [InlineData("lv", "EQF 5 ir par 2 līmeni(-ņiem) zemāks nekā prasītais EQF 7; tā var būt būtiska atšķirība.")]
    [InlineData("de", "EQF 5 is 2 level(s) below the required EQF 7; this may be a substantial difference.")]
    [InlineData(null, "EQF 5 is 2 level(s) below the required EQF 7; this may be a substantial difference.")]
    public void A_message_renders_in_the_readers_language_by_its_primary_subtag_else_in_English(string? language, string expected)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal) { ["actual"] = "5", ["required"] = "7", ["gap"] = "2" };

        Assert.Equal(expected, MessageCatalogue.Adapters.Render("level.below", arguments, language));
    }

    [Fact]
    public void An_unknown_key_renders_as_nothing_and_a_missing_argument_stays_visible()
    {
        Assert.Null(MessageCatalogue.Adapters.Render("level.no_such_message", new Dictionary<string, string>(), "uk"));
        Assert.Equal("All {total} target outcomes are covered.", MessageCatalogue.Adapters.Render("outcomes.all_covered", new Dictionary<string, string>(), "en"));
    }

    [Theory]
    [InlineData("uk-UA", "uk")]
    [InlineData("KK", "kk")]
    [InlineData("lv_LV", "lv")]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", null)]
    [InlineData("", null)]
    public void A_language_tag_counts_by_its_primary_language(string tag, string? expected) =>
        Assert.Equal(expected, MessageLanguages.Normalise(tag));

    [Theory]
    [InlineData("de-DE,lv;q=0.8,ru;q=0.9", "ru")]
    [InlineData("uk-UA,uk;q=0.9,en;q=0.8", "uk")]
    [InlineData("fr, de", null)]
    public void Accept_language_picks_the_supported_language_with_the_highest_quality(string header, string? expected) =>
        Assert.Equal(expected, MessageLanguages.FromAcceptLanguage(header));
}
