using Exchange.Adapters.AccessData;
using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Tests.Scenarios;
using Exchange.Adapters.Tests.Support;

namespace Exchange.Adapters.Tests.AccessData;

/// <summary>Golden values of the national access data (reference.md §1.2–§1.4, [U4][U16], [R1] LRC Art. IV.1, VI.3).</summary>
public class AccessTablesGoldenSpecs
{
    private static readonly NationalAccess Access = new(AccessTables.Default);

    [Theory]
    [InlineData(CountryCodes.Ukraine, 5, 6, true)] // junior bachelor / junior specialist → bachelor [U4][U16]
    [InlineData(CountryCodes.Ukraine, 6, 7, true)] // bachelor → master [U16]
    [InlineData(CountryCodes.Ukraine, 7, 8, true)] // master → PhD [U16]
    [InlineData(CountryCodes.Kazakhstan, 6, 7, false)] // 6B → 7M, cycle order only
    [InlineData(CountryCodes.Kazakhstan, 7, 8, false)] // 7M → 8D, cycle order only
    [InlineData(CountryCodes.Latvia, 5, 6, false)] // first-level professional HE (LQF 5) → bachelor
    [InlineData(CountryCodes.Latvia, 6, 7, false)]
    [InlineData(CountryCodes.Latvia, 7, 8, false)]
    [InlineData("DE", 6, 7, false)] // QF-EHEA cycles for any other country
    public void A_degree_opens_the_next_cycle_at_home(string country, int degreeLevel, int opens, bool verified)
    {
        var (right, provenance) = Access.Derive(CredentialKind.Degree, country, LevelRange.Exactly(degreeLevel))!.Value;

        Assert.Equal(AccessKind.FurtherStudy, right.Kind);
        Assert.Equal(opens, right.EqfLevel);
        Assert.True(right.IsDerived);
        Assert.StartsWith("national:", right.Source, StringComparison.Ordinal);
        Assert.Equal(verified, provenance.Verified);
        Assert.Matches(@"^(\[[A-Z]\d+\])+$", provenance.SourceKeys);
    }

    [Theory]
    [InlineData(CountryCodes.Ukraine, "national:UA-degrees")]
    [InlineData(CountryCodes.Kazakhstan, "national:KZ-degrees")]
    [InlineData(CountryCodes.Latvia, "national:LV-degrees")]
    [InlineData("PL", "national:QF-EHEA-cycles")]
    public void Every_derivation_names_its_national_data(string country, string source) =>
        Assert.Equal(source, Access.Derive(CredentialKind.Degree, country, LevelRange.Exactly(6))!.Value.Right.Source);

    [Theory]
    [InlineData(CredentialKind.VocationalQualification)]
    [InlineData(CredentialKind.MicroCredential)]
    [InlineData(CredentialKind.CourseResult)]
    public void Nothing_but_a_degree_gets_derived_rights(CredentialKind kind) =>
        Assert.Null(Access.Derive(kind, CountryCodes.Ukraine, LevelRange.Exactly(6)));

    [Fact]
    public void A_degree_below_higher_education_or_of_unknown_level_gets_no_derived_rights()
    {
        Assert.Null(Access.Derive(CredentialKind.Degree, CountryCodes.Ukraine, LevelRange.Exactly(4)));
        Assert.Null(Access.Derive(CredentialKind.Degree, CountryCodes.Ukraine, null));
    }

    [Fact]
    public void A_level_band_derives_from_its_lower_end() =>
        Assert.Equal(7, Access.Derive(CredentialKind.Degree, CountryCodes.Latvia, new LevelRange(6, 7))!.Value.Right.EqfLevel);

    [Fact]
    public void Rights_the_document_states_win_over_national_data()
    {
        var employmentOnly = new Credential { Id = "x", Kind = CredentialKind.Degree, IssuerCountry = CountryCodes.Ukraine, AccessRights = [new AccessRight(AccessKind.Employment)] };
        var mapping = new LevelMapper(FrameworkTables.Default).FromDegree(CountryCodes.Ukraine, "bachelor");

        var read = Access.Read(employmentOnly, mapping);

        Assert.Equal([new AccessRight(AccessKind.Employment)], read.Rights);
        Assert.False(read.IsDerived);
        Assert.Null(read.Provenance);
    }

    [Fact]
    public void No_table_derives_beyond_the_third_cycle_or_skips_a_cycle()
    {
        var tables = AccessTables.Default;
        foreach (var table in tables.Degrees.Values.Append(tables.Cycles))
        {
            Assert.All(table.ByLevel, e => Assert.InRange(e.Value.FurtherStudyEqf, e.Key, Math.Min(e.Key + 1, 8)));
        }
    }
}

/// <summary>The English templates in src/Adapters/Messages/Access.resx render exactly the texts the rules write.</summary>
public class AccessMessageSpecs
{
    private static readonly RecognitionRules Rules = RecognitionRules.Default;

    private static Dictionary<string, string> Templates(string culture)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Exchange.sln")))
        {
            dir = dir.Parent;
        }

        var file = Path.Combine(dir!.FullName, "src", "Adapters", "Messages", culture.Length == 0 ? "Access.resx" : $"Access.{culture}.resx");
        return System.Xml.Linq.XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);
    }

    [Fact]
    public void Every_access_text_of_the_scenarios_renders_from_its_English_template()
    {
        var templates = Templates("");
        var seen = 0;
        foreach (var scenario in ScenarioCatalogue.All.Where(s => s.Expected is not null))
        {
            var policy = scenario.Policy ?? Samples.Policy(scenario.Target.Country);
            var access = Rules.Assess(scenario.Credentials, Rules.Prepare(scenario.Target), scenario.Purpose, policy, Samples.AssessmentDate)[Criterion.Access];
            var rendered = access.Arguments.Aggregate(templates[access.MessageKey], (text, a) => text.Replace("{" + a.Name + "}", a.Value, StringComparison.Ordinal));
            Assert.Equal(access.Explanation, rendered);
            seen++;
        }

        Assert.True(seen > 10);
    }

    [Theory]
    [InlineData("uk")]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("lv")]
    public void Every_access_key_exists_in_each_language_with_the_same_placeholders(string culture)
    {
        var english = Templates("");
        var translated = Templates(culture);

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), translated.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, template) in english)
        {
            Assert.Equal(Placeholders(template), Placeholders(translated[key]));
            Assert.NotEqual(template, translated[key]);
        }
    }

    private static string[] Placeholders(string template) =>
        [.. System.Text.RegularExpressions.Regex.Matches(template, @"\{[a-z_]+\}").Select(m => m.Value).Order(StringComparer.Ordinal)];
}
