using System.Globalization;
using System.Text.Json.Nodes;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>
/// The Open Badges 3.0 credential the demo issuer signs (OB 3.0 / VC 2.0 layout: the payload is the credential plus
/// iss, jti, sub, nbf, exp): a micro-credential with the elements recognition needs, where outside issuers put them —
/// the EQF level as an alignment (by its EQF URL), ECTS credits with the credit system named, learning outcomes in
/// English and Latvian with alignments to ESCO skills, a Latvian edition of the title. The benchmarks sign the same
/// shape.
/// </summary>
internal sealed record DemoBadge(JsonObject Payload, string Title, string Summary)
{
    // The ESCO skill URIs the repository's other samples use (visualisation, Python, statistics).
    private static readonly (string Skill, string En, string Lv)[] Outcomes =
    [
        ("http://data.europa.eu/esco/skill/2b6bdd4a-3c8e-4a28-bd0b-6d1b9e8fc8e0", "Choose a chart that fits the data and the question", "Izvēlēties datiem un jautājumam piemērotu diagrammu"),
        ("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d", "Build reproducible charts in Python with matplotlib", "Veidot reproducējamas diagrammas Python valodā ar matplotlib"),
        ("http://data.europa.eu/esco/skill/5d9a3ff9-1b3c-4e6a-9a93-6f4c8a1f2a51", "Explain what a chart shows and what it does not", "Izskaidrot, ko diagramma parāda un ko ne"),
    ];

    /// <summary>Exchange's vocabulary (docs/credentials.md), for what OB 3.0 has no place for.</summary>
    private const string ExchangeTerm = "https://w3id.org/exchange/v1#";

    public const string TitleEn = "Data visualisation with Python";
    public const string TitleLv = "Datu vizualizācija ar Python";

    /// <summary>The JWT claims of the VC-JWT layout; a credential secured with an embedded proof has none.</summary>
    private static readonly string[] JwtClaims = ["iss", "jti", "sub", "nbf", "exp"];

    /// <param name="serial">Makes the credential id unique per run.</param>
    /// <param name="home">The issuer's web site and country (name, ISO code); Demo Badge Academy's in Latvia when not given.</param>
    public static DemoBadge Create(string issuerId, string issuerName, string serial, DateTimeOffset now,
        (string Url, string Country, string CountryCode)? home = null)
    {
        var (url, country, countryCode) = home ?? ("https://demo-badge-academy.example.org/", "Latvia", "LV");
        var validFrom = Instant(now.AddMinutes(-1));
        var validUntil = Instant(now.AddYears(5));
        var id = $"{issuerId}/credentials/{serial}";
        const string subject = "did:example:learner-aigerim-demo";
        var achievementId = issuerId + "/achievements/data-visualisation";
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = new JsonObject
            {
                ["id"] = issuerId,
                ["type"] = new JsonArray("Profile"),
                ["name"] = issuerName,
                ["url"] = url,
                ["address"] = new JsonObject { ["type"] = new JsonArray("Address"), ["addressCountry"] = country, ["addressCountryCode"] = countryCode },
            },
            ["validFrom"] = validFrom,
            ["validUntil"] = validUntil,
            ["name"] = TitleEn,
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = subject,
                ["type"] = new JsonArray("AchievementSubject"),
                ["identifier"] = new JsonArray(new JsonObject
                {
                    ["type"] = "IdentityObject",
                    ["identityType"] = "name",
                    ["hashed"] = false,
                    ["identityHash"] = "Aigerim Demo",
                }),
                ["creditsEarned"] = 5,
                ["achievement"] = new JsonObject
                {
                    ["id"] = achievementId,
                    ["type"] = new JsonArray("Achievement"),
                    // A course result: OB 3.0 cannot state the assessment type and form of participation the EU
                    // micro-credential elements require, so as a "MicroCredential" it would go the incomplete-file way.
                    ["achievementType"] = "Course",
                    ["name"] = TitleEn,
                    ["description"] = "A 5-ECTS online course on choosing, building and explaining charts of real data, assessed by a project.",
                    ["criteria"] = new JsonObject
                    {
                        ["narrative"] = string.Join("\n", Outcomes.Select(o => o.En)),
                        // The outcomes in both languages, one a line, as Exchange's vocabulary has it (full IRI: no
                        // context to fetch); the ESCO alignments below name them by their English text.
                        [ExchangeTerm + "narrativeByLanguage"] = new JsonObject
                        {
                            ["en"] = string.Join("\n", Outcomes.Select(o => o.En)),
                            ["lv"] = string.Join("\n", Outcomes.Select(o => o.Lv)),
                        },
                    },
                    ["creditsAvailable"] = 5,
                    // OB credits have no unit: the ECTS concept of the European credit-system vocabulary names it.
                    [ExchangeTerm + "creditSystem"] = "http://data.europa.eu/snb/education-credit/6fcec5c5af",
                    ["inLanguage"] = "en",
                    ["alignment"] = new JsonArray([
                        new JsonObject
                        {
                            ["type"] = new JsonArray("Alignment"),
                            ["targetName"] = "EQF level 6",
                            ["targetUrl"] = "http://data.europa.eu/snb/eqf/6",
                            ["targetCode"] = "6",
                            ["targetFramework"] = "European Qualifications Framework",
                            ["targetType"] = "ext:EQF",
                        },
                        .. Outcomes.Select(o => (JsonNode)new JsonObject
                        {
                            ["type"] = new JsonArray("Alignment"),
                            ["targetName"] = o.En,
                            ["targetUrl"] = o.Skill,
                            ["targetFramework"] = "ESCO",
                            ["targetType"] = "ext:ESCOSkill",
                        }),
                    ]),
                    // The Latvian edition, as OB 3.0 lists alternate-language editions.
                    ["related"] = new JsonArray(new JsonObject
                    {
                        ["id"] = achievementId + "/lv",
                        ["type"] = new JsonArray("Related"),
                        ["inLanguage"] = "lv",
                        ["name"] = TitleLv,
                        ["version"] = "1",
                    }),
                    ["creator"] = new JsonObject { ["id"] = issuerId, ["type"] = new JsonArray("Profile"), ["name"] = issuerName },
                },
            },
            // JWT claims of the OB 3.0 VC-JWT proof format, consistent with the credential.
            ["iss"] = issuerId,
            ["jti"] = id,
            ["sub"] = subject,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddYears(5).ToUnixTimeSeconds(),
        };
        return new DemoBadge(credential, TitleEn, $"EQF level 6, 5 ECTS, {Outcomes.Length} learning outcomes with ESCO skills, English and Latvian");
    }

    /// <summary>The credential alone, without the JWT claims: what an issuer secures with an embedded Data Integrity
    /// proof. The outcomes by language become language-tagged values: no context declares Exchange's term a language
    /// map, so as a plain object its language keys would not expand to IRIs, and a verifier in JSON-LD safe mode
    /// (digitalbazaar's) refuses a document with terms that do not.</summary>
    public JsonObject Credential()
    {
        var credential = Payload.DeepClone().AsObject();
        foreach (var claim in JwtClaims)
        {
            credential.Remove(claim);
        }

        var criteria = credential["credentialSubject"]!["achievement"]!["criteria"]!.AsObject();
        var byLanguage = criteria[ExchangeTerm + "narrativeByLanguage"]!.AsObject();
        criteria[ExchangeTerm + "narrativeByLanguage"] = new JsonArray([.. byLanguage.Select(l => (JsonNode)new JsonObject
        {
            ["@value"] = l.Value!.DeepClone(),
            ["@language"] = l.Key,
        })]);
        return credential;
    }

    private static string Instant(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
