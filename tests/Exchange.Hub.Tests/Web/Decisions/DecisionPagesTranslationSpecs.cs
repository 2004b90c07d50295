using System.Text.RegularExpressions;
using System.Xml.Linq;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Web.Decisions;

/// <summary>Every English text the decision and commission views look up (<c>L["…"]</c>, <c>L.GetString("…")</c>)
/// has a Ukrainian translation (TranslationFilesSpecs holds the four languages to the same keys), and so does every
/// message the forms can show from the API's rules.</summary>
public sealed partial class DecisionPagesTranslationSpecs
{
    private static readonly string Views = RepositoryRoot.Combine("src", "Hub", "Web", "Pages", "Console", "Cases");

    private static readonly string Resources = RepositoryRoot.Combine("src", "Hub", "Web", "Resources", "Web", "Pages", "Console", "Cases");

    public static TheoryData<string> ViewNames() => [.. Directory.GetFiles(Views, "*.cshtml").Select(f => Path.GetFileNameWithoutExtension(f)!)];

    [Theory]
    [MemberData(nameof(ViewNames))]
    public void Every_text_a_view_looks_up_is_translated(string view)
    {
        var source = File.ReadAllText(Path.Combine(Views, view + ".cshtml"));
        var used = Lookup().Matches(source).Select(m => Regex.Unescape(m.Groups["key"].Value)).ToHashSet(StringComparer.Ordinal);
        var translated = Keys(Path.Combine(Resources, view + ".uk.resx"));

        Assert.NotEmpty(used);
        var missing = used.Except(translated).ToList();
        Assert.True(missing.Count == 0, $"{view}.uk.resx lacks: {string.Join(" | ", missing)}");
    }

    [Theory]
    [InlineData("A partial recognition or a denial needs a written justification.")]
    [InlineData("A denial must state what the applicant could do to be recognised later.")]
    [InlineData("A partial recognition must name the compensatory measures that would close the difference.")]
    public void The_rules_messages_shown_next_to_the_fields_are_translated(string message)
    {
        Assert.Contains(message, Keys(Path.Combine(Resources, "_DecisionFields.uk.resx")));
        Assert.Contains(message, Keys(Path.Combine(Resources, "Decide.uk.resx")));
    }

    private static HashSet<string> Keys(string resx) =>
        [.. XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];

    [GeneratedRegex("""L(?:\.GetString\(|\[)"(?<key>(?:[^"\\]|\\.)*)"[,\])]""")]
    private static partial Regex Lookup();
}
