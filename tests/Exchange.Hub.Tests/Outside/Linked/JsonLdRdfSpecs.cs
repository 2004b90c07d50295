using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside.Linked;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Outside.Linked;

/// <summary>
/// The hub's JSON-LD processor turns a credential into the RDF dataset Data Integrity signs: the OB 3.0 test vector's
/// document and proof options give the quads of its published canonical N-Quads (up to blank node labels), with the
/// contexts the hub carries and nothing fetched.
/// </summary>
public sealed class JsonLdRdfSpecs
{
    private static JsonObject TestVector() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(NodeScripts.Sample("ob3", "testvector-eddsa-rdfc-2022.signed.json")))!;

    private static IReadOnlyList<string> Canonical(string file) =>
        QuadText.FileLines(File.ReadAllText(NodeScripts.Sample("ob3", file)));

    [Fact]
    public void The_OB3_test_vector_document_without_its_proof_gives_the_quads_of_its_canonical_form()
    {
        var document = TestVector();
        document.Remove("proof");

        var lines = QuadText.Lines(JsonLdRdf.ToRdf(document, JsonLdContexts.Bundled));

        var expected = Canonical("testvector-eddsa-rdfc-2022.document-canon.nq");
        Assert.Equal(expected.Count, lines.Count);
        Assert.Equal(QuadText.Grounded(expected), QuadText.Grounded(lines));
    }

    [Fact]
    public void The_OB3_test_vector_proof_options_with_the_document_context_give_the_quads_of_its_canonical_form()
    {
        var document = TestVector();
        var options = (JsonObject)document["proof"]!.DeepClone();
        options.Remove("proofValue");
        options["@context"] = document["@context"]!.DeepClone();

        var lines = QuadText.Lines(JsonLdRdf.ToRdf(options, JsonLdContexts.Bundled));

        var expected = Canonical("testvector-eddsa-rdfc-2022.proof-canon.nq");
        Assert.Equal(expected.Count, lines.Count);
        Assert.Equal(
            expected.Select(l => l.Replace("_:c14n0", "_:b0", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
            lines);
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
}
