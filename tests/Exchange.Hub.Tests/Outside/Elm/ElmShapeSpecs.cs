using System.Text.Json.Nodes;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Hub.Credentials.Outside.Elm;
using Exchange.Hub.Credentials.Outside.OpenBadges;

namespace Exchange.Hub.Tests.Outside.Elm;

/// <summary>
/// JSON-LD lets a property hold one node, an array of them or a bare id; a hostile or careless document may put
/// anything anywhere. The mapper tolerates every shape: a member of the wrong type is that element missing, it
/// never throws, and its work is bounded however deep or wide the document is.
/// </summary>
public sealed class ElmShapeSpecs
{
    private static Credential Map(JsonObject credential) => ElmMapper.Map(credential, OutsideMappingContext.Untrusted);

    [Fact]
    public void Subject_and_claim_may_be_arrays_and_concepts_bare_ids()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        var specification = ElmMappingSpecs.Specification(credential);
        specification["eqfLevel"] = "http://data.europa.eu/snb/eqf/6";
        specification.Remove("nqfLevel");
        specification["creditPoint"] = new JsonObject { ["framework"] = ElmDocuments.EctsConcept, ["point"] = 6 };
        ElmMappingSpecs.Subject(credential)["hasClaim"] = new JsonArray(ElmMappingSpecs.Claim(credential).DeepClone());
        credential["credentialSubject"] = new JsonArray(credential["credentialSubject"]!.DeepClone());

        var mapped = Map(credential);

        Assert.Equal(Exchange.Adapters.Frameworks.LevelClaim.Eqf(6), mapped.Level);
        Assert.Equal(Workload.Ects(6), mapped.Workload);
        Assert.Equal("Anna Bērziņa", mapped.Learner!.FullName);
    }

    [Fact]
    public void A_plain_string_title_is_a_text_of_undetermined_language()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        ElmMappingSpecs.Claim(credential)["title"] = "Data analysis";

        Assert.Equal([new LanguageString("und", "Data analysis")], Map(credential).Title);
    }

    [Fact]
    public void Language_value_objects_and_lists_of_notes_keep_every_language()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        ElmMappingSpecs.Claim(credential)["title"] = new JsonArray(
            new JsonObject { ["@value"] = "Datu analīze", ["@language"] = "lv" },
            new JsonObject { ["@value"] = "Data analysis", ["@language"] = "en" });
        ElmMappingSpecs.Specification(credential)["entryRequirement"] = new JsonArray(
            ElmDocuments.Note("urn:epass:note:a", new JsonObject { ["lv"] = "Vidējā izglītība" }),
            ElmDocuments.Note("urn:epass:note:b", new JsonObject { ["en"] = "Secondary education", ["lv"] = "cits" }));

        var mapped = Map(credential);

        Assert.Equal([new LanguageString("lv", "Datu analīze"), new LanguageString("en", "Data analysis")], mapped.Title);
        Assert.Equal("[lv] Vidējā izglītība / [en] Secondary education", mapped.Prerequisites);
    }

    [Fact]
    public void Members_of_the_wrong_type_are_missing_elements()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        var claim = ElmMappingSpecs.Claim(credential);
        var specification = ElmMappingSpecs.Specification(credential);
        claim["title"] = 42;
        specification["title"] = new JsonArray(1, 2);
        ((JsonObject)credential["displayParameter"]!)["title"] = true;
        claim["awardedBy"] = "urn:epass:awardingProcess:1";
        specification["creditPoint"] = "6 ECTS";
        specification["volumeOfLearning"] = 160;
        specification["learningOutcome"] = new JsonObject { ["title"] = 7 };
        specification["eqfLevel"] = new JsonArray();
        specification["nqfLevel"] = false;
        ElmMappingSpecs.Assessment(credential)["grade"] = new JsonObject();
        ElmMappingSpecs.Subject(credential)["dateOfBirth"] = "12 April 2001";

        var mapped = Map(credential);

        Assert.Empty(mapped.Title);
        Assert.Null(mapped.AwardingBody);
        Assert.Null(mapped.IssuerCountry);
        Assert.Equal(new DateOnly(2026, 3, 2), mapped.IssueDate);
        Assert.Null(mapped.Workload);
        Assert.Null(mapped.Hours);
        Assert.Empty(mapped.LearningOutcomes);
        Assert.Null(mapped.Level);
        Assert.Null(mapped.Grade);
        Assert.Null(mapped.Learner!.DateOfBirth);
    }

    [Fact]
    public void A_document_without_a_subject_maps_to_an_empty_credential()
    {
        var mapped = Map(new JsonObject { ["id"] = "urn:credential:empty" });

        Assert.Equal("urn:credential:empty", mapped.Id);
        Assert.Null(mapped.Learner);
        Assert.Empty(mapped.Title);
        Assert.Null(mapped.AwardingBody);
        Assert.Null(mapped.IssueDate);
        Assert.Null(mapped.FurtherInformation);
    }

    /// <summary>Every member of the rich fixture, one at a time, replaced by each odd value.</summary>
    public static TheoryData<string> OddValues => ["42", "true", "null", "\"text\"", "[]", "{}", "[[]]", "[{}]", "{\"en\":{}}", "[1,\"x\",{}]"];

    [Theory]
    [MemberData(nameof(OddValues))]
    public void No_member_of_any_shape_makes_the_mapper_throw(string odd)
    {
        var paths = Paths(ElmDocuments.LatvianMicroCredential(), []).ToList();
        foreach (var path in paths)
        {
            var credential = ElmDocuments.LatvianMicroCredential();
            Replace(credential, path, JsonNode.Parse(odd));

            var exception = Record.Exception(() =>
            {
                Map(credential);
                ElmMapper.IssuerId(credential);
                ElmMapper.Validity(credential);
            });

            Assert.True(exception is null, $"{string.Join('.', path)} = {odd}: {exception}");
        }
    }

    [Fact]
    public void Deeply_nested_parts_are_read_to_a_bound()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        ElmMappingSpecs.Specification(credential).Remove("creditPoint");
        var top = ElmMappingSpecs.Claim(credential);
        var node = top;
        for (var i = 0; i < 200; i++)
        {
            var part = ElmMappingSpecs.Part("level-" + i, null);
            node["hasPart"] = part;
            node = part;
        }

        node["hasPart"] = ElmMappingSpecs.Part("bottom", 5);

        Assert.Equal(new Workload(160, CreditUnit.ClockHours), Map(credential).Workload);
    }

    [Fact]
    public void Wide_part_lists_are_read_to_a_bound()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        ElmMappingSpecs.Specification(credential).Remove("creditPoint");
        var parts = new JsonArray();
        for (var i = 0; i < 5_000; i++)
        {
            parts.Add(ElmMappingSpecs.Part("p" + i, 1));
        }

        ElmMappingSpecs.Claim(credential)["hasPart"] = parts;

        Assert.Equal(Workload.Ects(ElmNodes.MaxItems), Map(credential).Workload);
    }

    private static IEnumerable<object[]> Paths(JsonNode node, object[] path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    object[] here = [.. path, key];
                    yield return here;
                    if (value is not null)
                    {
                        foreach (var inner in Paths(value, here))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    object[] here = [.. path, i];
                    yield return here;
                    if (a[i] is { } item)
                    {
                        foreach (var inner in Paths(item, here))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }

    private static void Replace(JsonNode root, object[] path, JsonNode? value)
    {
        var parent = root;
        foreach (var step in path[..^1])
        {
            parent = step is string key ? parent[key]! : parent[(int)step]!;
        }

        if (path[^1] is string member)
        {
            parent[member] = value;
        }
        else
        {
            parent[(int)path[^1]] = value;
        }
    }
}
