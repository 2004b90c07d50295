using System.Xml.Linq;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Web.Console;

namespace Exchange.Hub.Tests.Web;

/// <summary>The web pages' translations: English is the key in each view, and every view's translations come as one
/// resx per language (uk, kk, ru, lv) under src/Hub/Web/Resources, all four with the same keys, so no language
/// silently falls back to English for a text the others translate.</summary>
public sealed class TranslationFilesSpecs
{
    private static readonly string[] Languages = ["uk", "kk", "ru", "lv"];

    private static string ResourcesDir() => RepositoryRoot.Combine("src", "Hub", "Web", "Resources");

    public static TheoryData<string> Views() => [.. ViewNames()];

    private static List<string> ViewNames() =>
        [.. Directory.GetFiles(ResourcesDir(), "*.resx", SearchOption.AllDirectories).Select(ViewOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Views))]
    public void Each_views_four_translation_files_have_the_same_keys(string view)
    {
        var keys = Languages.ToDictionary(l => l, l => Keys(Path.Combine(ResourcesDir(), $"{view}.{l}.resx")));

        foreach (var language in Languages.Skip(1))
        {
            Assert.True(keys[language].SetEquals(keys["uk"]),
                $"{view}.{language}.resx differs from {view}.uk.resx: only in {language}: [{string.Join(", ", keys[language].Except(keys["uk"]))}]; " +
                $"only in uk: [{string.Join(", ", keys["uk"].Except(keys[language]))}]");
        }
    }

    [Fact]
    public void The_layout_and_the_console_views_are_translated()
    {
        var views = ViewNames();

        Assert.Contains(Path.Combine("Web", "Pages", "Shared", "_Layout"), views);
        Assert.Contains(Path.Combine("Web", "Pages", "Console", "Queue"), views);
        Assert.Contains(Path.Combine("Web", "Pages", "Console", "Case"), views);
    }

    [Fact]
    public void Every_label_the_queue_and_the_case_page_show_has_a_translation()
    {
        var queue = Keys(Path.Combine(ResourcesDir(), "Web", "Pages", "Console", "Queue.uk.resx"));
        var @case = Keys(Path.Combine(ResourcesDir(), "Web", "Pages", "Console", "Case.uk.resx"));
        string[] both =
        [
            .. Enum.GetValues<Criterion>().Select(ConsoleLabels.Of),
            .. Enum.GetValues<RecognitionPurpose>().Select(ConsoleLabels.Of),
            .. Enum.GetValues<CaseStatus>().Select(ConsoleLabels.Of),
        ];
        string[] caseOnly =
        [
            .. Enum.GetValues<Finding>().Select(ConsoleLabels.Of),
            .. Enum.GetValues<VerificationCheck>().Select(ConsoleLabels.Of),
            .. Enum.GetValues<QualityAssuranceScope>().Select(ConsoleLabels.Of),
            .. Enum.GetValues<QualityAssuranceOutcome>().Select(ConsoleLabels.Of),
            .. Enum.GetValues<CaseActorKind>().Select(ConsoleLabels.Of),
            .. Enum.GetValues<Exchange.Adapters.Frameworks.QualificationFramework>().Select(ConsoleLabels.Of),
            .. Enum.GetValues<Exchange.Adapters.Frameworks.MappingMethod>().Select(ConsoleLabels.Of),
            .. Enum.GetValues<Exchange.Adapters.Credits.CreditUnit>().Select(ConsoleLabels.Of),
            .. Enum.GetValues<Exchange.Adapters.Credits.ConversionMethod>().Select(ConsoleLabels.Of),
            .. Enum.GetValues<Exchange.Adapters.Grades.GradeConversionMethod>().Select(ConsoleLabels.Of),
            .. Enum.GetValues<Exchange.Adapters.Grades.GradeMeaning>().Select(ConsoleLabels.Of),
            .. Enum.GetValues<Exchange.Adapters.Credentials.Orientation>().Select(ConsoleLabels.Of),
            .. Enum.GetValues<Exchange.Adapters.Credentials.QualityAssuranceType>().Select(t => ConsoleLabels.Of(t)),
            ConsoleLabels.Of((Exchange.Adapters.Credentials.QualityAssuranceType?)null),
            .. Enum.GetValues<Exchange.Adapters.Text.CoverageStatus>().Select(ConsoleLabels.Of),
            .. Enum.GetValues<Exchange.Adapters.Text.MatchMethod>().Select(ConsoleLabels.Of),
            .. Exchange.Hub.Web.Console.Decisions.DecisionLanguages.All.Select(ConsoleLabels.OfLanguage),
            "compared in {0}",
        ];

        var missingInQueue = both.Where(l => !queue.Contains(l)).ToList();
        var missingInCase = both.Concat(caseOnly).Where(l => !@case.Contains(l)).ToList();
        Assert.True(missingInQueue.Count == 0, "Queue lacks: " + string.Join(", ", missingInQueue));
        Assert.True(missingInCase.Count == 0, "Case lacks: " + string.Join(", ", missingInCase));
    }

    [Fact]
    public void A_file_missing_a_key_is_told_apart()
    {
        // The comparison the theory runs, on two files that differ by one key: it must not pass them.
        var folder = Directory.CreateTempSubdirectory("resx-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.resx"), Resx("Queue", "Case"));
            File.WriteAllText(Path.Combine(folder.FullName, "b.resx"), Resx("Queue"));

            Assert.False(Keys(Path.Combine(folder.FullName, "a.resx")).SetEquals(Keys(Path.Combine(folder.FullName, "b.resx"))));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string ViewOf(string resx)
    {
        var relative = Path.GetRelativePath(ResourcesDir(), resx);
        var withoutExtension = relative[..^".resx".Length];
        var language = Path.GetExtension(withoutExtension);
        Assert.True(Languages.Contains(language.TrimStart('.')), $"{relative} is not named <view>.<uk|kk|ru|lv>.resx");
        return withoutExtension[..^language.Length];
    }

    private static HashSet<string> Keys(string resx)
    {
        Assert.True(File.Exists(resx), $"{resx} is missing");
        return [.. XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];
    }

    private static string Resx(params string[] keys) =>
        new XDocument(new XElement("root", keys.Select(k => new XElement("data", new XAttribute("name", k), new XElement("value", k))))).ToString();
}
