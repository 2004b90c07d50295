using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Recognition.Stacking;
using Exchange.Adapters.Tests.Support;
using Exchange.Adapters.Text;

namespace Exchange.Adapters.Tests.Recognition;

/// <summary>The stack messages' catalogue (Messages/Stack*.resx): every key the calculator writes is in all five
/// languages, and the English template filled with the message's arguments is the English text it wrote.</summary>
public partial class StackMessageSpecs
{
    private static readonly ResourceManager Catalogue = new("Exchange.Adapters.Messages.Stack", typeof(StackProgress).Assembly);
    private static readonly string[] Languages = ["uk", "kk", "ru", "lv"];

    private static IEnumerable<StackMessage> Written()
    {
        var stacks = RecognitionRules.Default.Stacks;
        var programme = StackProgressSpecs.DataProgramme;
        Credential Micro(string id, decimal ects, params int[] outcomes) => Samples.UkrainianMicro with
        {
            Id = id,
            Workload = new Workload(ects, CreditUnit.UkrainianEcts),
            LearningOutcomes = [.. outcomes.Select(i => Outcomes.UkrainianMicro[i])],
        };
        var thresholds = new MatchThresholds();
        StackProgress[] all =
        [
            stacks.Calculate("X", null, [Micro("a", 3)], Samples.AssessmentDate, thresholds),
            stacks.Calculate(programme.Id, programme, [Micro("a", 6, 0, 1), Micro("b", 6, 2, 3)], Samples.AssessmentDate, thresholds),
            stacks.Calculate(programme.Id, programme, [Micro("a", 3, 0), Micro("b", 1) with { Workload = null, Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) }], Samples.AssessmentDate, thresholds),
            stacks.Calculate(programme.Id, programme with { Workload = null }, [Micro("a", 3, 0) with { Level = null }], Samples.AssessmentDate, thresholds),
            stacks.Calculate(programme.Id, programme with { Workload = new Workload(12, CreditUnit.KazakhLegacyCredit) }, [Micro("a", 3, 0)], Samples.AssessmentDate, thresholds),
            stacks.Calculate(programme.Id, programme with { Outcomes = [new QualificationOutcome("LO1", LearningOutcome.In("lv", "Rakstīt Python programmas"))] },
                [Micro("a", 12) with { LearningOutcomes = [LearningOutcome.In("en", "Write Python programs")] }], Samples.AssessmentDate, thresholds),
        ];
        return all.SelectMany(p => p.Details.Prepend(p.Summary));
    }

    [Fact]
    public void Every_key_written_is_rendered_by_its_english_template_as_written_and_translated_into_four_languages()
    {
        var written = Written().ToList();
        var keys = written.Select(m => m.Key).Distinct(StringComparer.Ordinal).ToList();

        Assert.Equal(10, keys.Count);
        foreach (var message in written)
        {
            var template = Catalogue.GetString(message.Key, CultureInfo.InvariantCulture);
            Assert.NotNull(template);
            var filled = Placeholder().Replace(template, m => message.Arguments.Single(a => a.Name == m.Groups[1].Value).Value);
            Assert.Equal(message.English, filled);
            foreach (var language in Languages)
            {
                var translated = Catalogue.GetString(message.Key, CultureInfo.GetCultureInfo(language));
                Assert.False(string.Equals(translated, template, StringComparison.Ordinal), $"{message.Key} is not translated into {language}.");
                Assert.Equal(Placeholder().Matches(template).Select(m => m.Value).Order(), Placeholder().Matches(translated!).Select(m => m.Value).Order());
            }
        }
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
