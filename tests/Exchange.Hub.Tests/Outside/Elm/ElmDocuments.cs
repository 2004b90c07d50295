using System.Text.Json.Nodes;

namespace Exchange.Hub.Tests.Outside.Elm;

/// <summary>
/// European Digital Credentials the specs write themselves (ELM v3, compacted with the EDC context), in our own
/// words: a Latvian university's micro-credential sealed by a national issuing service (the awarding body is not the
/// sealer), stating EQF 6 and the Latvian LQF level, 6 ECTS, two outcomes with ESCO skills, a grade on a grading
/// scheme, an entitlement, and every text in Latvian and English. The seal specs seal it; the mapping specs read it.
/// </summary>
public static class ElmDocuments
{
    public const string CredentialId = "urn:credential:6f1d2c9e-0b7a-4e55-9a43-2f4d1c8b7e10";
    public const string SealerId = "urn:epass:org:lv-credential-service";
    public const string AwardingBodyId = "urn:epass:org:daugava-university";
    public const string PersonId = "urn:epass:person:anna";
    public const string EscoCleanData = "http://data.europa.eu/esco/skill/0b7c3e2a-5f1d-4c8e-9a6b-3d2e1f0a9c84";
    public const string EscoStatistics = "http://data.europa.eu/esco/skill/7e5a9d10-2c3b-4f6e-8a1d-5b4c3e2f1a07";
    public const string EctsConcept = "http://data.europa.eu/snb/education-credit/6fcec5c5af";
    public const string LqfLevel6 = "http://data.europa.eu/snb/qdr/c_a828cd20";

    public static readonly string[] Contexts = ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"];

    /// <summary>A concept of an EU vocabulary, as EDC writes one (id, type, scheme, label).</summary>
    public static JsonObject Concept(string id, string scheme, string? english = null)
    {
        var concept = new JsonObject
        {
            ["id"] = id,
            ["type"] = "Concept",
            ["inScheme"] = new JsonObject { ["id"] = scheme, ["type"] = "ConceptScheme" },
        };
        if (english is not null)
        {
            concept["prefLabel"] = new JsonObject { ["en"] = english };
        }

        return concept;
    }

    public static JsonObject Country(string alpha3) =>
        Concept("http://publications.europa.eu/resource/authority/country/" + alpha3, "http://publications.europa.eu/resource/authority/country");

    public static JsonObject Texts(string latvian, string english) => new() { ["lv"] = latvian, ["en"] = english };

    public static JsonObject Note(string id, JsonObject literal) => new() { ["id"] = id, ["type"] = "Note", ["noteLiteral"] = literal };

    public static JsonObject Organisation(string id, JsonObject legalName, string country, string registration) => new()
    {
        ["id"] = id,
        ["type"] = "Organisation",
        ["legalName"] = legalName,
        ["registration"] = new JsonObject
        {
            ["id"] = id + ":registration",
            ["type"] = "LegalIdentifier",
            ["notation"] = registration,
            ["spatial"] = Country(country),
        },
        ["location"] = new JsonObject
        {
            ["id"] = id + ":location",
            ["type"] = "Location",
            ["address"] = new JsonObject { ["id"] = id + ":address", ["type"] = "Address", ["countryCode"] = Country(country) },
        },
    };

    public static JsonObject Outcome(string id, JsonObject title, string escoSkill, string skillLabel) => new()
    {
        ["id"] = id,
        ["type"] = "LearningOutcome",
        ["title"] = title,
        ["relatedESCOSkill"] = new JsonArray(Concept(escoSkill, "http://data.europa.eu/esco/concept-scheme/skills", skillLabel)),
    };

    /// <summary>The Latvian university micro-credential (unsigned).</summary>
    public static JsonObject LatvianMicroCredential()
    {
        var awardingBody = Organisation(
            AwardingBodyId, Texts("Daugavas Lietišķo zinātņu universitāte", "Daugava University of Applied Sciences"), "LVA", "90000012345");
        awardingBody["vatIdentifier"] = new JsonObject { ["id"] = AwardingBodyId + ":vat", ["type"] = "LegalIdentifier", ["notation"] = "LV90000012345" };
        awardingBody["homepage"] = new JsonObject { ["id"] = "urn:epass:webResource:daugava", ["type"] = "WebResource", ["contentURL"] = "https://daugava.example.lv" };

        var sealer = Organisation(SealerId, Texts("Digitālo apliecinājumu dienests", "Digital Credentials Service of Latvia"), "LVA", "90000099999");
        sealer["eIDASIdentifier"] = new JsonObject { ["id"] = SealerId + ":eidas", ["type"] = "LegalIdentifier", ["notation"] = "NTRLV-90000099999" };

        var qualification = new JsonObject
        {
            ["id"] = "urn:epass:qualification:data-analysis",
            ["type"] = "Qualification",
            ["title"] = Texts("Datu analīze ar Python", "Data analysis with Python"),
            ["eqfLevel"] = Concept("http://data.europa.eu/snb/eqf/6", "http://data.europa.eu/snb/eqf/25831c2", "Level 6"),
            ["nqfLevel"] = Concept(LqfLevel6, "http://data.europa.eu/snb/qdr/25831c2", "LQF Level 6"),
            ["isPartialQualification"] = false,
            ["creditPoint"] = new JsonArray(new JsonObject
            {
                ["id"] = "urn:epass:creditPoint:1",
                ["type"] = "CreditPoint",
                ["framework"] = Concept(EctsConcept, "http://data.europa.eu/snb/education-credit/25831c2", "European Credit Transfer System"),
                ["point"] = "6",
            }),
            ["volumeOfLearning"] = "PT160H",
            ["learningOutcome"] = new JsonArray(
                Outcome("urn:epass:learningOutcome:1", Texts("Sagatavo un attīra datu kopas analīzei", "Prepares and cleans data sets for analysis"), EscoCleanData, "clean data"),
                Outcome("urn:epass:learningOutcome:2", Texts("Izmanto statistikas metodes secinājumiem", "Uses statistical methods to draw conclusions"), EscoStatistics, "apply statistical analysis techniques")),
            ["mode"] = Concept("http://data.europa.eu/snb/learning-assessment/e92d221e4d", "http://data.europa.eu/snb/learning-assessment/25831c2", "Blended"),
            ["learningSetting"] = Concept("http://data.europa.eu/snb/learning-setting/e207a81fc7", "http://data.europa.eu/snb/learning-setting/25831c2", "non-formal learning"),
            ["thematicArea"] = new JsonArray(Concept("http://data.europa.eu/snb/isced-f/0613", "http://data.europa.eu/snb/isced-f/25831c2")),
            ["entryRequirement"] = Note("urn:epass:note:entry", Texts("Vidējā izglītība", "Secondary education")),
            ["entitlesTo"] = new JsonArray(new JsonObject
            {
                ["id"] = "urn:epass:entitlementSpec:master",
                ["type"] = "LearningEntitlementSpecification",
                ["title"] = Texts("Uzņemšana maģistra programmā Datu zinātne", "Admission to the master's programme in Data Science"),
                ["entitlementType"] = Concept("http://data.europa.eu/snb/entitlement/64aad92881", "http://data.europa.eu/snb/entitlement/25831c2"),
            }),
        };

        var assessment = new JsonObject
        {
            ["id"] = "urn:epass:learningAssessment:exam",
            ["type"] = "LearningAssessment",
            ["title"] = Texts("Noslēguma eksāmens", "Final examination"),
            ["grade"] = Note("urn:epass:note:grade", new JsonObject { ["lv"] = "9", ["en"] = "9" }),
            ["idVerification"] = Concept("http://data.europa.eu/snb/supervision-verification/70be69aaf9", "http://data.europa.eu/snb/supervision-verification/25831c2"),
            ["specifiedBy"] = new JsonObject
            {
                ["id"] = "urn:epass:learningAssessmentSpec:exam",
                ["type"] = "LearningAssessmentSpecification",
                ["dcType"] = Concept("http://data.europa.eu/snb/assessment/6e6cb2cc78", "http://data.europa.eu/snb/assessment/25831c2", "written examination"),
                ["gradingScheme"] = new JsonObject
                {
                    ["id"] = "urn:epass:gradingScheme:lv-10",
                    ["type"] = "GradingScheme",
                    ["notation"] = "LV-10",
                    ["title"] = Texts("10 ballu vērtēšanas skala", "Latvian 10-point scale"),
                },
            },
        };

        return new JsonObject
        {
            ["@context"] = new JsonArray([.. Contexts.Select(c => (JsonNode)c)]),
            ["id"] = CredentialId,
            ["type"] = new JsonArray("VerifiableCredential", "EuropeanDigitalCredential"),
            ["credentialProfiles"] = Concept("http://data.europa.eu/snb/credential/e34929035b", "http://data.europa.eu/snb/credential/25831c2", "Generic"),
            ["displayParameter"] = new JsonObject
            {
                ["id"] = "urn:epass:displayParameter:1",
                ["type"] = "DisplayParameter",
                ["title"] = Texts("Mikrokvalifikācija", "Micro-credential"),
                ["primaryLanguage"] = Concept("http://publications.europa.eu/resource/authority/language/LAV", "http://publications.europa.eu/resource/authority/language"),
            },
            ["issuer"] = sealer,
            ["issuanceDate"] = "2026-03-02T09:00:00Z",
            ["validFrom"] = "2026-03-02T09:00:00Z",
            ["credentialSchema"] = new JsonObject { ["id"] = "http://data.europa.eu/snb/model/ap/edc-generic-full", ["type"] = "ShaclValidator2017" },
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = PersonId,
                ["type"] = "Person",
                ["givenName"] = Texts("Anna", "Anna"),
                ["familyName"] = Texts("Bērziņa", "Berzina"),
                ["fullName"] = Texts("Anna Bērziņa", "Anna Berzina"),
                ["dateOfBirth"] = "2001-04-12T00:00:00Z",
                ["nationalID"] = new JsonObject
                {
                    ["id"] = "urn:epass:legalIdentifier:anna",
                    ["type"] = "LegalIdentifier",
                    ["notation"] = "120401-12345",
                    ["spatial"] = Country("LVA"),
                },
                ["hasClaim"] = new JsonObject
                {
                    ["id"] = "urn:epass:learningAchievement:data-analysis",
                    ["type"] = "LearningAchievement",
                    ["title"] = Texts("Datu analīze ar Python", "Data analysis with Python"),
                    ["awardedBy"] = new JsonObject
                    {
                        ["id"] = "urn:epass:awardingProcess:1",
                        ["type"] = "AwardingProcess",
                        ["awardingBody"] = awardingBody,
                        ["awardingDate"] = "2026-02-20T00:00:00+02:00",
                    },
                    ["specifiedBy"] = qualification,
                    ["provenBy"] = assessment,
                },
            },
        };
    }
}
