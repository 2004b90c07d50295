using Exchange.Adapters.Common;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Tests.Scenarios;
using Exchange.Adapters.Tests.Support;

namespace Exchange.Adapters.Tests.Messages;

/// <summary>
/// Every text the rules write, over every assessment of the scenario catalogue, is a catalogue key whose English
/// template rendered with the message's arguments is exactly the English text — so no argument is missing from a
/// key — and renders in every other language without a placeholder left over.
/// </summary>
public sealed class EnglishTextSpecs
{
    private static readonly RecognitionRules Rules = RecognitionRules.Default;

    public static TheoryData<string> Names => [.. ScenarioCatalogue.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_text_of_the_assessment_renders_from_the_catalogue(string name)
    {
        var scenario = ScenarioCatalogue.Named(name);
        var policy = scenario.Policy ?? Samples.Policy(scenario.Target.Country);
        var assessment = Rules.Assess(scenario.Credentials, Rules.Prepare(scenario.Target), scenario.Purpose, policy, Samples.AssessmentDate);

        foreach (var message in AssessmentMessages.Of(assessment))
        {
            Assert.True(MessageCatalogue.Adapters.Knows(message.Key), $"{message.Key} is not in src/Adapters/Messages");
            Assert.Equal(message.English, MessageCatalogue.Adapters.Render(message, "en"));
            foreach (var language in MessageLanguages.All)
            {
                var text = MessageCatalogue.Adapters.Render(message, language)!;
                Assert.DoesNotMatch("\\{@?[a-z0-9_]+\\}", text);
            }
        }
    }
}
