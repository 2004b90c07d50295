using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside.Linked;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Outside.Linked;

/// <summary>
/// The hub's JSON-LD processor gives the same RDF as jsonld.js (scripts/node-client/jsonld-rdf.mjs, served only the
/// same vendored contexts) on the shared samples, a CLR-like credential nesting other credentials and proofs, a
/// presentation, and the written cases of <see cref="JsonLdCases"/>: the datasets are compared as their RDFC-1.0
/// canonical N-Quads, so blank node labels do not matter but every statement does. One node run for all.
/// </summary>
public sealed class JsonLdReferenceSpecs
{
    private static JsonObject Sample(params string[] parts) => (JsonObject)JsonNode.Parse(File.ReadAllText(NodeScripts.Sample(parts)))!;

    private static Dictionary<string, JsonObject> Documents()
    {
        var documents = new Dictionary<string, JsonObject>(StringComparer.Ordinal)
        {
            ["OB 3.0 test vector with its proof"] = Sample("ob3", "testvector-eddsa-rdfc-2022.signed.json"),
            ["OB 3.0 basic credential"] = Sample("ob3", "spec-basic-openbadgecredential.unsigned.json"),
            ["OB 3.0 achievement alignment"] = Sample("ob3", "spec-achievement-alignment-case.unsigned.json"),
            ["OB 3.0 skill assertion"] = Sample("ob3", "spec-skill-assertion-case.unsigned.json"),
            ["ELM EDC minimal"] = Sample("elm-edc", "elm-credential-sample.minimal.jsonld"),
            ["CLR-like nested credential"] = ClrLike(),
            ["presentation of credentials"] = Presentation(),
        };
        foreach (var (name, json) in JsonLdCases.All)
        {
            documents[name] = (JsonObject)JsonNode.Parse(json)!;
        }

        return documents;
    }

    /// <summary>A transcript credential (CLR 2.0-like terms given inline) whose subject holds two OB credentials, one
    /// with its proof, each with its own @context, and which carries a chain of two proofs itself.</summary>
    private static JsonObject ClrLike()
    {
        const string Clr = "https://purl.imsglobal.org/spec/clr/v2p0/vocab.html#";
        var clr = (JsonObject)JsonNode.Parse($$"""
            {
              "@context": [
                "https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
                {
                  "ClrCredential": "{{Clr}}ClrCredential",
                  "ClrSubject": {
                    "@id": "{{Clr}}ClrSubject",
                    "@context": {
                      "verifiableCredential": { "@id": "https://www.w3.org/2018/credentials#verifiableCredential", "@type": "@id", "@container": "@graph" },
                      "achievement": { "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#achievement", "@type": "@id" },
                      "association": { "@id": "{{Clr}}association", "@type": "@id" }
                    }
                  },
                  "Association": {
                    "@id": "{{Clr}}Association",
                    "@context": {
                      "associationType": { "@id": "{{Clr}}associationType", "@type": "@vocab" },
                      "sourceId": { "@id": "{{Clr}}sourceId", "@type": "@id" },
                      "targetId": { "@id": "{{Clr}}targetId", "@type": "@id" },
                      "isChildOf": "{{Clr}}isChildOf"
                    }
                  }
                }
              ],
              "id": "https://clr.example/credentials/1",
              "type": ["VerifiableCredential", "ClrCredential"],
              "issuer": { "id": "https://clr.example/issuer", "type": ["Profile"], "name": "Registrar" },
              "validFrom": "2026-01-01T00:00:00Z",
              "name": "Transcript",
              "credentialSubject": {
                "id": "did:example:learner",
                "type": ["ClrSubject"],
                "verifiableCredential": [],
                "achievement": [{
                  "id": "https://clr.example/a/1", "type": ["Achievement"], "name": "Course 1", "criteria": { "narrative": "Pass" },
                  "creditsAvailable": 7.5,
                  "resultDescription": [{ "id": "urn:uuid:rd1", "type": ["ResultDescription"], "name": "Grade", "resultType": "LetterGrade", "allowedValue": ["A", "B", "C"] }]
                }],
                "association": [{ "type": ["Association"], "associationType": "isChildOf", "sourceId": "https://clr.example/a/1", "targetId": "https://clr.example/a/2" }]
              },
              "proof": [
                { "type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "created": "2026-01-01T00:00:00Z",
                  "verificationMethod": "https://clr.example/issuer#key-1", "proofPurpose": "assertionMethod", "proofValue": "z111" },
                { "id": "urn:uuid:p2", "type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "created": "2026-01-02T00:00:00Z",
                  "verificationMethod": "https://clr.example/issuer#key-2", "proofPurpose": "assertionMethod", "proofValue": "z222", "previousProof": "urn:uuid:p1" }
              ]
            }
            """)!;
        var held = (JsonArray)clr["credentialSubject"]!["verifiableCredential"]!;
        held.Add(Sample("ob3", "testvector-eddsa-rdfc-2022.signed.json"));
        held.Add(Sample("ob3", "spec-achievement-alignment-case.unsigned.json"));
        return clr;
    }

    /// <summary>A VC 2.0 presentation: its verifiableCredential is a @graph container whose scoped context is null.</summary>
    private static JsonObject Presentation() => new()
    {
        ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
        ["type"] = "VerifiablePresentation",
        ["holder"] = "did:example:holder",
        ["verifiableCredential"] = new JsonArray(
            Sample("ob3", "testvector-eddsa-rdfc-2022.signed.json"),
            new JsonObject
            {
                ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
                ["id"] = "urn:uuid:c2",
                ["type"] = "VerifiableCredential",
                ["issuer"] = "did:example:i",
                ["credentialSubject"] = new JsonObject { ["id"] = "did:example:s", ["custom"] = "a term no context defines" },
            }),
    };

    [Fact]
    public async Task Every_document_gives_the_dataset_jsonld_js_gives()
    {
        var documents = Documents();
        var folder = Directory.CreateTempSubdirectory("jsonld-");
        try
        {
            var files = new List<string>();
            foreach (var (_, document) in documents)
            {
                var file = Path.Combine(folder.FullName, files.Count + ".json");
                await File.WriteAllTextAsync(file, document.ToJsonString(), new UTF8Encoding(false));
                files.Add(file);
            }

            var run = await NodeScripts.RunAsync("jsonld-rdf.mjs", [.. files, "--canon"]);
            Assert.True(run.ExitCode == 0, run.ToString());
            var expected = JsonSerializer.Deserialize<string[]>(run.StdOut)!;
            var i = 0;
            foreach (var (name, document) in documents)
            {
                var hub = RdfCanonicalizer.Canonicalize(JsonLdRdf.ToRdf(document, JsonLdContexts.Bundled));
                Assert.True(expected[i] == hub, $"{name}:\njsonld.js:\n{expected[i]}\nhub:\n{hub}");
                Assert.NotEmpty(hub);
                i++;
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
