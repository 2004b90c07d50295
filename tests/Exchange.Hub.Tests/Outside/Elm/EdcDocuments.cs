using System.Text.Json.Nodes;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Outside.Elm;

/// <summary>European Digital Credentials for the specs: the shared minimal ELM sample with its issuer set to the test
/// sealer's organisation (its identifiers made to match the seal certificate) and its dates made current, and a
/// fuller EDC written here (credits, EQF level, outcomes, grade).</summary>
public static class EdcDocuments
{
    public const string EdcContext = "http://data.europa.eu/snb/model/context/edc-ap";

    /// <summary>The minimal sample of ../shared/samples/elm-edc, issued by the test sealer's organisation, valid to 2030.</summary>
    public static JsonObject Minimal(string issuerIdentifier = TestSealer.OrganizationIdentifier, string legalName = "Latvian Test University")
    {
        var credential = JsonNode.Parse(File.ReadAllText(NodeScripts.Sample("elm-edc", "elm-credential-sample.minimal.jsonld")))!.AsObject();
        credential["issuer"] = Issuer(issuerIdentifier, legalName);
        credential["validUntil"] = "2030-09-25T00:00:00";
        credential["expirationDate"] = "2030-09-25T00:00:00";
        return credential;
    }

    /// <summary>A micro-credential EDC as the EDC issuer writes them: a learning achievement specified by a
    /// qualification with an EQF level, ECTS credits and ESCO-coded outcomes, proven by a graded assessment.</summary>
    public static JsonObject Fuller()
    {
        var concept = (string id, string scheme, string label) => new JsonObject
        {
            ["id"] = id, ["type"] = "Concept", ["inScheme"] = new JsonObject { ["id"] = scheme, ["type"] = "ConceptScheme" }, ["prefLabel"] = new JsonObject { ["en"] = label },
        };
        return new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1", EdcContext),
            ["id"] = "urn:credential:6a1f0c52-4a35-4d3c-9a57-8e0d1f3b2c11",
            ["type"] = new JsonArray("VerifiableCredential", "EuropeanDigitalCredential"),
            ["issuer"] = Issuer(TestSealer.OrganizationIdentifier, "Latvian Test University"),
            ["issuanceDate"] = "2026-06-30T00:00:00Z",
            ["issued"] = "2026-06-30T00:00:00Z",
            ["validFrom"] = "2026-06-30T00:00:00Z",
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = "urn:epass:person:1",
                ["type"] = "Person",
                ["givenName"] = new JsonObject { ["en"] = "Anna" },
                ["familyName"] = new JsonObject { ["en"] = "Bērziņa" },
                ["fullName"] = new JsonObject { ["en"] = "Anna Bērziņa" },
                ["dateOfBirth"] = "2000-02-03",
                ["hasClaim"] = new JsonObject
                {
                    ["id"] = "urn:epass:learningAchievement:1",
                    ["type"] = "LearningAchievement",
                    ["title"] = new JsonObject { ["en"] = "Data analysis", ["lv"] = "Datu analīze" },
                    ["awardedBy"] = new JsonObject
                    {
                        ["id"] = "urn:epass:awardingProcess:1",
                        ["type"] = "AwardingProcess",
                        ["awardingBody"] = Issuer(TestSealer.OrganizationIdentifier, "Latvian Test University"),
                        ["awardingDate"] = "2026-06-30T00:00:00Z",
                    },
                    ["provenBy"] = new JsonObject
                    {
                        ["id"] = "urn:epass:learningAssessment:1",
                        ["type"] = "LearningAssessment",
                        ["title"] = new JsonObject { ["en"] = "Final examination" },
                        ["grade"] = new JsonObject { ["id"] = "urn:epass:note:grade", ["type"] = "Note", ["noteLiteral"] = new JsonObject { ["en"] = "9" } },
                    },
                    ["specifiedBy"] = new JsonObject
                    {
                        ["id"] = "urn:epass:qualification:1",
                        ["type"] = "Qualification",
                        ["title"] = new JsonObject { ["en"] = "Data analysis", ["lv"] = "Datu analīze" },
                        ["eqfLevel"] = concept("http://data.europa.eu/snb/eqf/6", "http://data.europa.eu/snb/eqf/25831c2", "Level 6"),
                        ["creditPoint"] = new JsonArray(new JsonObject
                        {
                            ["id"] = "urn:epass:creditPoint:1",
                            ["type"] = "CreditPoint",
                            ["framework"] = concept("http://data.europa.eu/snb/education-credit/6fcec5c5af", "http://data.europa.eu/snb/education-credit/25831c2", "European Credit Transfer System"),
                            ["point"] = "6",
                        }),
                        ["learningOutcome"] = new JsonArray(new JsonObject
                        {
                            ["id"] = "urn:epass:learningOutcome:1",
                            ["type"] = "LearningOutcome",
                            ["title"] = new JsonObject { ["en"] = "Analyse data sets with statistical methods" },
                            ["relatedESCOSkill"] = new JsonArray(concept("http://data.europa.eu/esco/skill/5ba5a1e6-52c9-4b56-99f3-fc3d4a4e1e3f", "http://data.europa.eu/esco/concept-scheme/skills", "analyse big data")),
                        }),
                    },
                },
            },
        };
    }

    public static JsonObject Issuer(string identifier, string legalName) => new()
    {
        ["id"] = TestSealer.IssuerId,
        ["type"] = "Organisation",
        ["legalName"] = new JsonObject { ["en"] = legalName, ["lv"] = TestSealer.Organization },
        ["eIDASIdentifier"] = new JsonObject
        {
            ["id"] = "urn:epass:legalIdentifier:1",
            ["type"] = "LegalIdentifier",
            ["notation"] = identifier,
            ["spatial"] = new JsonObject { ["id"] = "http://publications.europa.eu/resource/authority/country/LVA", ["type"] = "Concept" },
        },
        ["location"] = new JsonObject
        {
            ["id"] = "urn:epass:location:1",
            ["type"] = "Location",
            ["address"] = new JsonObject
            {
                ["id"] = "urn:epass:address:1",
                ["type"] = "Address",
                ["countryCode"] = new JsonObject { ["id"] = "http://publications.europa.eu/resource/authority/country/LVA", ["type"] = "Concept" },
            },
        },
    };
}
