using System.Text.RegularExpressions;
using System.Xml.Linq;
using Exchange.Adapters.Grades;

namespace Exchange.Adapters.Tests.Grades;

/// <summary>Every grade.* text the converter writes has its template in src/Adapters/Messages/Grade*.resx, in five languages,
/// and the English template filled with the arguments is the English text.</summary>
public partial class GradeMessageSpecs
{
    private static readonly string[] Languages = ["", ".uk", ".kk", ".ru", ".lv"];

    [Fact]
    public void Every_grade_message_renders_from_its_English_template_and_exists_in_five_languages()
    {
        var catalogues = Languages.ToDictionary(l => l, Catalogue, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var message in Messages())
        {
            seen.Add(message.Key);
            Assert.True(catalogues[""].TryGetValue(message.Key, out var template), message.Key);
            var rendered = Placeholder().Replace(template, m => message.Arguments.Single(a => a.Name == m.Groups[1].Value).Value);
            Assert.Equal(message.English, rendered);
            Assert.All(Languages, l => Assert.Equal(
                Placeholder().Matches(template).Select(m => m.Value).Order(StringComparer.Ordinal),
                Placeholder().Matches(catalogues[l][message.Key]).Select(m => m.Value).Order(StringComparer.Ordinal)));
        }

        Assert.Equal(catalogues[""].Keys.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    // Conversions that between them reach every path of the converter.
    private static IEnumerable<GradeMessage> Messages()
    {
        var converter = new GradeConverter(GradeScales.CreateCatalog());
        var bands = GradeConversionOrderSpecs.UkrainianIssuerBands;
        var noLetters = bands.Select(b => b with { EctsLetter = null, Meaning = null }).ToList();
        var strangeLetters = bands.Select(b => b with { EctsLetter = "Z", Meaning = null }).ToList();
        var issuer = GradeConversionOrderSpecs.UkrainianIssuerTable;
        var host = GradeConversionOrderSpecs.LatvianHostTable;
        GradeConversion[] conversions =
        [
            converter.Convert(new Grade("85", GradeScales.Ukrainian100, bands), GradeScales.Latvian10, issuer, host),
            converter.Convert(new Grade("85", GradeScales.Ukrainian100, bands), GradeScales.Latvian10, issuer),
            converter.Convert(new Grade("85", GradeScales.Ukrainian100, bands), GradeScales.KazakhLetter),
            converter.Convert(new Grade("40", GradeScales.Ukrainian100, noLetters), GradeScales.Latvian10, issuer, host),
            converter.Convert(new Grade("85", GradeScales.Ukrainian100, strangeLetters), GradeScales.Latvian10, issuer with { BestFirst = [new("A", 10)] }, host),
            converter.Convert(new Grade("85", GradeScales.Ukrainian100), GradeScales.Latvian10, issuer, host with { BestFirst = [new("10", 5)] }),
            converter.Convert(new Grade("B+", GradeScales.KazakhLetter), GradeScales.Ukrainian100),
            converter.Convert(new Grade("11", GradeScales.Latvian10), GradeScales.Ukrainian100),
            converter.Convert(new Grade("8", "XX-unknown"), GradeScales.Ukrainian100),
        ];
        return conversions.SelectMany(c => c.Notes.Prepend(c.Message!));
    }

    private static Dictionary<string, string> Catalogue(string language)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Exchange.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory!.FullName, "src", "Adapters", "Messages", "Grade" + language + ".resx");
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
