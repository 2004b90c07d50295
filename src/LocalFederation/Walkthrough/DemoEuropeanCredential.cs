using System.Globalization;
using System.Text.Json.Nodes;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>
/// The European Digital Credential the demo sealing organisation issues (ELM v3, the EDC application profile's
/// context): a learning achievement of a Latvian learner on a 6-ECTS course, awarded by a university other than the
/// sealer (as mandated issuing has it), specified by a partial qualification at EQF level 6 and Latvian NQF level 6,
/// with ECTS credit points, three learning outcomes with ESCO skills, the grade on the Latvian 10-point scale and an
/// entitlement to continue into the university's master's programme. Every text is a language map in English and
/// Latvian, as EDCs carry them. Written for this demo; no real person, institution or course.
/// </summary>
internal sealed record DemoEuropeanCredential(JsonObject Credential, string Title, string Summary)
{
    public const string TitleEn = "Energy systems modelling";
    public const string TitleLv = "Energosistēmu modelēšana";
    public const string AwardingBody = "Demo Baltic University of Technology";

    private const string Epass = "urn:epass:";

    private static readonly (string Skill, string En, string Lv)[] Outcomes =
    [
        ("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d",
            "Build a simulation model of a regional electricity and heat system",
            "Izveidot reģionālas elektroenerģijas un siltuma sistēmas simulācijas modeli"),
        ("http://data.europa.eu/esco/skill/5d9a3ff9-1b3c-4e6a-9a93-6f4c8a1f2a51",
            "Estimate demand and renewable supply from hourly data with statistical methods",
            "Novērtēt pieprasījumu un atjaunīgo piegādi no stundas datiem ar statistikas metodēm"),
        ("http://data.europa.eu/esco/skill/2b6bdd4a-3c8e-4a28-bd0b-6d1b9e8fc8e0",
            "Present scenarios and their costs to decision makers with clear charts",
            "Skaidri ar diagrammām izklāstīt scenārijus un to izmaksas lēmumu pieņēmējiem"),
    ];

    /// <param name="serial">Makes the credential's ids unique per run.</param>
    public static DemoEuropeanCredential Create(string serial, DateTimeOffset now)
    {
        var awarded = now.AddDays(-20);
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"),
            ["id"] = $"urn:credential:demo-europass-{serial}",
            ["type"] = new JsonArray("VerifiableCredential", "EuropeanDigitalCredential"),
            ["credentialSchema"] = new JsonArray(new JsonObject
            {
                ["id"] = "http://data.europa.eu/snb/model/ap/edc-generic-full",
                ["type"] = "ShaclValidator2017",
            }),
            ["credentialProfiles"] = new JsonArray(Concept("http://data.europa.eu/snb/credential/e34929035b", "http://data.europa.eu/snb/credential/25831c2", "Generic")),
            ["displayParameter"] = new JsonObject
            {
                ["id"] = Id("displayParameter", serial),
                ["type"] = "DisplayParameter",
                ["title"] = Texts(TitleEn, TitleLv),
                ["primaryLanguage"] = Language("ENG"),
                ["language"] = new JsonArray(Language("ENG"), Language("LAV")),
            },
            ["issuer"] = new JsonObject
            {
                ["id"] = DemoEuropassIssuer.IssuerId,
                ["type"] = "Organisation",
                ["legalName"] = Texts(DemoEuropassIssuer.Name, "Demo Europass izdevējs"),
                ["eIDASIdentifier"] = new JsonObject
                {
                    ["id"] = Id("legalIdentifier", "demo-europass-issuer"),
                    ["type"] = "LegalIdentifier",
                    ["notation"] = DemoEuropassIssuer.OrganizationIdentifier,
                    ["spatial"] = Country("LVA"),
                },
                ["location"] = new JsonArray(Location("demo-europass-issuer", "LVA", "Riga")),
            },
            ["issuanceDate"] = Instant(now.AddMinutes(-1)),
            ["issued"] = Instant(now.AddMinutes(-1)),
            ["validFrom"] = Instant(awarded),
            ["expirationDate"] = Instant(now.AddYears(10)),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = Id("person", "anna-demo-" + serial),
                ["type"] = "Person",
                ["givenName"] = Texts("Anna", "Anna"),
                ["familyName"] = Texts("Demo", "Demo"),
                ["fullName"] = Texts("Anna Demo", "Anna Demo"),
                ["dateOfBirth"] = "2002-05-14T00:00:00",
                ["citizenshipCountry"] = new JsonArray(Country("LVA")),
                ["hasClaim"] = new JsonArray(Achievement(serial, awarded)),
            },
        };
        return new DemoEuropeanCredential(credential, TitleEn,
            $"EQF level 6, 6 ECTS, grade 9 on the Latvian 10-point scale, {Outcomes.Length} learning outcomes with ESCO skills, English and Latvian; awarded by {AwardingBody}");
    }

    private static JsonObject Achievement(string serial, DateTimeOffset awarded) => new()
    {
        ["id"] = Id("learningAchievement", serial),
        ["type"] = "LearningAchievement",
        ["title"] = Texts(TitleEn, TitleLv),
        ["awardedBy"] = new JsonObject
        {
            ["id"] = Id("awardingProcess", serial),
            ["type"] = "AwardingProcess",
            // The university that taught and assessed, not the organisation that seals.
            ["awardingBody"] = new JsonArray(new JsonObject
            {
                ["id"] = Id("org", "demo-baltic-university-of-technology"),
                ["type"] = "Organisation",
                ["legalName"] = Texts(AwardingBody, "Demo Baltijas Tehnoloģiju universitāte"),
                ["location"] = new JsonArray(Location("demo-baltic-university-of-technology", "LVA", "Riga")),
            }),
            ["awardingDate"] = Instant(awarded),
        },
        ["specifiedBy"] = new JsonObject
        {
            ["id"] = Id("qualification", "energy-systems-modelling"),
            ["type"] = "Qualification",
            ["title"] = Texts(TitleEn, TitleLv),
            ["description"] = Texts(
                "A one-semester master-level preparatory course: modelling regional energy systems with open data, assessed by a modelling project and an oral defence.",
                "Viena semestra sagatavošanas kurss: reģionālu energosistēmu modelēšana ar atvērtajiem datiem, vērtēta ar modelēšanas projektu un mutisku aizstāvēšanu."),
            ["eqfLevel"] = Concept("http://data.europa.eu/snb/eqf/6", "http://data.europa.eu/snb/eqf/25831c2", "Level 6"),
            // LQF level 6 as the EU qualification-framework vocabulary lists it.
            ["nqfLevel"] = new JsonArray(Concept("http://data.europa.eu/snb/qdr/c_a828cd20", "http://data.europa.eu/snb/qdr/25831c2", "LQF Level 6")),
            ["isPartialQualification"] = true,
            ["creditPoint"] = new JsonArray(new JsonObject
            {
                ["id"] = Id("creditPoint", "energy-systems-modelling"),
                ["type"] = "CreditPoint",
                ["framework"] = Concept("http://data.europa.eu/snb/education-credit/6fcec5c5af", "http://data.europa.eu/snb/education-credit/25831c2", "European Credit Transfer and Accumulation System"),
                ["point"] = "6",
            }),
            ["volumeOfLearning"] = "PT160H",
            ["thematicArea"] = new JsonArray(Concept("http://data.europa.eu/snb/isced-f/0713", "http://data.europa.eu/snb/isced-f/25831c2", "Electricity and energy")),
            ["language"] = new JsonArray(Language("ENG")),
            ["learningOutcome"] = new JsonArray([.. Outcomes.Select((o, i) => (JsonNode)new JsonObject
            {
                ["id"] = Id("learningOutcome", "energy-systems-modelling-" + (i + 1).ToString(CultureInfo.InvariantCulture)),
                ["type"] = "LearningOutcome",
                ["title"] = Texts(o.En, o.Lv),
                ["relatedESCOSkill"] = new JsonArray(new JsonObject { ["id"] = o.Skill, ["type"] = "Concept" }),
            })]),
            ["entitlesTo"] = new JsonArray(new JsonObject
            {
                ["id"] = Id("learningEntitlementSpecification", "energy-msc-access"),
                ["type"] = "LearningEntitlementSpecification",
                ["title"] = Texts("Access to the master's programme in Energy Systems", "Uzņemšana maģistra programmā \"Energosistēmas\""),
                ["entitlementType"] = Concept("http://data.europa.eu/snb/entitlement/64aad92881", "http://data.europa.eu/snb/entitlement/25831c2", "Admission"),
            }),
        },
        ["provenBy"] = new JsonArray(new JsonObject
        {
            ["id"] = Id("learningAssessment", serial),
            ["type"] = "LearningAssessment",
            ["title"] = Texts("Modelling project and oral defence", "Modelēšanas projekts un mutiska aizstāvēšana"),
            ["grade"] = new JsonObject
            {
                ["id"] = Id("note", "grade-" + serial),
                ["type"] = "Note",
                ["noteLiteral"] = new JsonObject { ["en"] = "9" },
            },
            ["specifiedBy"] = new JsonObject
            {
                ["id"] = Id("learningAssessmentSpecification", "energy-systems-modelling"),
                ["type"] = "LearningAssessmentSpecification",
                ["title"] = Texts("Project and defence", "Projekts un aizstāvēšana"),
                ["gradingScheme"] = new JsonObject
                {
                    ["id"] = Id("gradingScheme", "lv-10-point"),
                    ["type"] = "GradingScheme",
                    ["notation"] = "LV-10",
                    ["title"] = Texts("Latvian 10-point scale (10 highest, 4 the lowest pass)", "10 ballu skala (10 augstākā, 4 zemākā sekmīgā)"),
                },
            },
        }),
    };

    private static string Id(string kind, string local) => $"{Epass}{kind}:{local}";

    private static JsonObject Texts(string en, string lv) => new() { ["en"] = en, ["lv"] = lv };

    private static JsonObject Concept(string id, string scheme, string label) => new()
    {
        ["id"] = id,
        ["type"] = "Concept",
        ["inScheme"] = new JsonObject { ["id"] = scheme, ["type"] = "ConceptScheme" },
        ["prefLabel"] = new JsonObject { ["en"] = label },
    };

    private static JsonObject Language(string code) =>
        Concept("http://publications.europa.eu/resource/authority/language/" + code, "http://publications.europa.eu/resource/authority/language", code);

    private static JsonObject Country(string code) =>
        Concept("http://publications.europa.eu/resource/authority/country/" + code, "http://publications.europa.eu/resource/authority/country", code);

    private static JsonObject Location(string owner, string country, string city) => new()
    {
        ["id"] = Id("location", owner),
        ["type"] = "Location",
        ["address"] = new JsonArray(new JsonObject
        {
            ["id"] = Id("address", owner),
            ["type"] = "Address",
            ["fullAddress"] = new JsonObject { ["en"] = city + ", Latvia" },
            ["countryCode"] = Country(country),
        }),
    };

    private static string Instant(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
