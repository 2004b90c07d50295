using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside.Linked;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Outside.Linked;

/// <summary>
/// The hub's JSON-LD processor turns a credential into the RDF dataset Data Integrity signs: the OB 3.0 test vector's
/// document and proof options give the quads of its published canonical N-Quads (up to blank node labels), with the
/// contexts the hub carries and nothing fetched; their RDFC-1.0 canonical forms equal the published files byte for byte.
/// </summary>
public sealed class JsonLdRdfSpecs
{
    private static JsonObject TestVector() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(NodeScripts.Sample("ob3", "testvector-eddsa-rdfc-2022.signed.json")))!;

    private static string CanonicalText(string part) =>
        File.ReadAllText(NodeScripts.Sample("ob3", $"testvector-eddsa-rdfc-2022.{part}-canon.nq"), System.Text.Encoding.UTF8);

    private static IReadOnlyList<string> Canonical(string file) =>
        QuadText.FileLines(File.ReadAllText(NodeScripts.Sample("ob3", file)));

    [Fact]
    public void The_OB3_test_vector_document_without_its_proof_gives_the_quads_of_its_canonical_form()
    {
        var document = TestVector();
        document.Remove("proof");

        var quads = JsonLdRdf.ToRdf(document, JsonLdContexts.Bundled);

        var expected = Canonical("testvector-eddsa-rdfc-2022.document-canon.nq");
        var lines = QuadText.Lines(quads);
        Assert.Equal(expected.Count, lines.Count);
        Assert.Equal(QuadText.Grounded(expected), QuadText.Grounded(lines));
        Assert.Equal(CanonicalText("document"), RdfCanonicalizer.Canonicalize(quads));
    }

    [Fact]
    public void The_OB3_test_vector_proof_options_with_the_document_context_give_the_quads_of_its_canonical_form()
    {
        var document = TestVector();
        var options = (JsonObject)document["proof"]!.DeepClone();
        options.Remove("proofValue");
        options["@context"] = document["@context"]!.DeepClone();

        var quads = JsonLdRdf.ToRdf(options, JsonLdContexts.Bundled);

        var expected = Canonical("testvector-eddsa-rdfc-2022.proof-canon.nq");
        Assert.Equal(
            expected.Select(l => l.Replace("_:c14n0", "_:b0", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
            QuadText.Lines(quads));
        Assert.Equal(CanonicalText("proof"), RdfCanonicalizer.Canonicalize(quads));
    }

    [Fact]
    public void The_proof_of_a_VC_2_credential_goes_into_its_own_named_graph()
    {
        var quads = JsonLdRdf.ToRdf(TestVector(), JsonLdContexts.Bundled);

        var proofLink = Assert.Single(quads, q => q.Predicate.Value == "https://w3id.org/security#proof");
        Assert.True(proofLink.Value.IsBlank);
        Assert.Contains(quads, q => q.Graph == proofLink.Value && q.Predicate.Value == "https://w3id.org/security#proofValue");
        Assert.DoesNotContain(quads, q => q.Graph is null && q.Predicate.Value == "https://w3id.org/security#proofValue");
    }

    [Fact]
    public void A_context_the_hub_does_not_carry_is_refused_and_named_never_fetched()
    {
        var document = TestVector();
        document["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://contexts.example/unknown/v1");

        var refused = Assert.Throws<JsonLdException>(() => JsonLdRdf.ToRdf(document, JsonLdContexts.Bundled));

        Assert.Equal("unknown context", refused.Code);
        Assert.Equal("https://contexts.example/unknown/v1", refused.Context);
    }

    [Fact]
    public void An_inline_context_is_processed()
    {
        var document = new JsonObject
        {
            ["@context"] = new JsonObject { ["name"] = "https://schema.org/name", ["@vocab"] = "https://vocab.example/" },
            ["@id"] = "https://people.example/ada",
            ["name"] = "Ada",
            ["age"] = 36,
        };

        var lines = QuadText.Lines(JsonLdRdf.ToRdf(document, JsonLdContexts.Bundled));

        Assert.Equal(
            [
                "<https://people.example/ada> <https://schema.org/name> \"Ada\" .",
                "<https://people.example/ada> <https://vocab.example/age> \"36\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
            ],
            lines);
    }

    [Fact]
    public void Redefining_a_protected_term_of_a_bundled_context_is_refused()
    {
        var document = TestVector();
        document.Remove("proof");
        document["@context"] = new JsonArray(
            "https://www.w3.org/ns/credentials/v2",
            new JsonObject { ["name"] = "https://attacker.example/name" });

        var refused = Assert.Throws<JsonLdException>(() => JsonLdRdf.ToRdf(document, JsonLdContexts.Bundled));

        Assert.Equal("protected term redefinition", refused.Code);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        JsonNode nested = new JsonObject { ["https://vocab.example/leaf"] = "end" };
        for (var i = 0; i < 40; i++)
        {
            nested = new JsonObject { ["https://vocab.example/child"] = nested };
        }

        var document = (JsonObject)nested;

        var refused = Assert.Throws<JsonLdException>(() => JsonLdRdf.ToRdf(document, JsonLdContexts.Bundled, new JsonLdLimits(MaxDepth: 16)));

        Assert.Equal("limit exceeded", refused.Code);
        Assert.NotEmpty(JsonLdRdf.ToRdf(document, JsonLdContexts.Bundled, new JsonLdLimits(MaxDepth: 128)));
    }

    [Fact]
    public void More_nodes_or_quads_than_the_limits_are_refused()
    {
        var items = new JsonArray();
        for (var i = 0; i < 50; i++)
        {
            items.Add(new JsonObject { ["https://vocab.example/n"] = i });
        }

        var document = new JsonObject { ["@id"] = "https://things.example/1", ["https://vocab.example/item"] = items };

        Assert.Equal("limit exceeded", Assert.Throws<JsonLdException>(() => JsonLdRdf.ToRdf(document, JsonLdContexts.Bundled, new JsonLdLimits(MaxNodes: 20))).Code);
        Assert.Equal("limit exceeded", Assert.Throws<JsonLdException>(() => JsonLdRdf.ToRdf(document, JsonLdContexts.Bundled, new JsonLdLimits(MaxQuads: 60))).Code);
        Assert.Equal(100, JsonLdRdf.ToRdf(document, JsonLdContexts.Bundled).Count);
    }

    [Fact]
    public void The_bundled_contexts_are_the_ones_credentials_name()
    {
        string[] named =
        [
            "https://www.w3.org/2018/credentials/v1", "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context.json", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", "https://w3id.org/security/data-integrity/v2",
            "https://w3id.org/security/multikey/v1", "http://data.europa.eu/snb/model/context/edc-ap",
        ];

        foreach (var url in named)
        {
            Assert.True(JsonLdContexts.Bundled.TryGet(url, out var context), url);
            Assert.NotNull(context["@context"]);
        }

        Assert.False(JsonLdContexts.Bundled.TryGet("https://contexts.example/unknown/v1", out _));
    }
    [Fact]
    public void A_cached_context_is_not_changed_by_a_document_that_adds_to_it()
    {
        var before = QuadText.Lines(JsonLdRdf.ToRdf(TestVector(), JsonLdContexts.Bundled));
        var extended = TestVector();
        extended["@context"]!.AsArray().Add(new JsonObject { ["Teamwork"] = "https://vocab.example/Teamwork", ["extra"] = "https://vocab.example/extra" });
        extended["extra"] = "added";

        var withExtra = QuadText.Lines(JsonLdRdf.ToRdf(extended, JsonLdContexts.Bundled));

        Assert.Contains(withExtra, l => l.Contains("<https://vocab.example/extra> \"added\"", StringComparison.Ordinal));
        Assert.Equal(before, QuadText.Lines(JsonLdRdf.ToRdf(TestVector(), JsonLdContexts.Bundled)));
    }

    [Fact]
    public void A_relative_or_imported_context_the_hub_does_not_carry_is_refused_too()
    {
        var relative = new JsonObject { ["@context"] = "contexts/local.jsonld", ["@id"] = "https://things.example/1" };
        var imported = new JsonObject
        {
            ["@context"] = new JsonObject { ["@import"] = "https://contexts.example/imported.jsonld" },
            ["@id"] = "https://things.example/1",
        };

        Assert.Equal("unknown context", Assert.Throws<JsonLdException>(() => JsonLdRdf.ToRdf(relative, JsonLdContexts.Bundled)).Code);
        var refused = Assert.Throws<JsonLdException>(() => JsonLdRdf.ToRdf(imported, JsonLdContexts.Bundled));
        Assert.Equal("https://contexts.example/imported.jsonld", refused.Context);
    }
    [Fact]
    public void A_context_defining_terms_through_an_endless_chain_of_prefixes_is_refused()
    {
        var context = new JsonObject();
        for (var i = 0; i < 500; i++)
        {
            context[$"t{i}"] = $"t{i + 1}:x";
        }

        context["t500"] = "https://vocab.example/";
        var document = new JsonObject { ["@context"] = context, ["@id"] = "https://things.example/1", ["t0"] = "deep" };

        Assert.Equal("limit exceeded", Assert.Throws<JsonLdException>(() => JsonLdRdf.ToRdf(document, JsonLdContexts.Bundled)).Code);
    }
    [Fact]
    public void An_imported_context_is_processed_and_the_importing_context_wins()
    {
        var contexts = JsonLdContexts.Bundled.With(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["https://contexts.example/base.jsonld"] = """{ "@context": { "@vocab": "https://vocab.example/", "name": "https://schema.org/name" } }""",
        });
        var document = new JsonObject
        {
            ["@context"] = new JsonObject { ["@import"] = "https://contexts.example/base.jsonld", ["name"] = "https://vocab.example/ownName" },
            ["@id"] = "https://things.example/1",
            ["name"] = "n",
            ["other"] = "o",
        };

        Assert.Equal(
            [
                "<https://things.example/1> <https://vocab.example/other> \"o\" .",
                "<https://things.example/1> <https://vocab.example/ownName> \"n\" .",
            ],
            QuadText.Lines(JsonLdRdf.ToRdf(document, contexts)));
        Assert.False(JsonLdContexts.Bundled.TryGet("https://contexts.example/base.jsonld", out _));
    }
    [Fact]
    public async Task Conversions_running_at_once_share_the_cached_contexts_and_agree()
    {
        var expected = QuadText.Lines(JsonLdRdf.ToRdf(TestVector(), JsonLdContexts.Bundled));
        var contexts = JsonLdContexts.Bundled.With(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["https://contexts.example/fresh.jsonld"] = """{ "@context": { "fresh": "https://vocab.example/fresh" } }""",
        });

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => QuadText.Lines(JsonLdRdf.ToRdf(TestVector(), contexts)))));

        Assert.All(results, lines => Assert.Equal(expected, lines));
    }
}
