using System.Text.Json.Nodes;

namespace Exchange.Hub.Tests.Outside;

/// <summary>Credentials the specs sign themselves: an OB 3.0 AchievementCredential in the OB 3.0 layout (the
/// credential with iss/jti/sub/nbf as claims), the same in the VC 1.1 vc-claim layout, and small variations.</summary>
public static class OutsideDocuments
{
    public const string CredentialId = "https://badges.example.edu/credentials/42";
    public const string SubjectId = "did:example:learner-7";
    public const string EscoSkill = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";

    public static readonly DateTimeOffset ValidFrom = new(2026, 6, 30, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The credential alone (no JWT claims), valid from <see cref="ValidFrom"/>.</summary>
    public static JsonObject Badge(string issuerId, DateTimeOffset? validUntil = null)
    {
        var badge = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = CredentialId,
            ["type"] = new JsonArray("VerifiableCredential", "AchievementCredential"),
            ["issuer"] = new JsonObject
            {
                ["id"] = issuerId,
                ["type"] = new JsonArray("Profile"),
                ["name"] = "Example University",
                ["address"] = new JsonObject { ["type"] = new JsonArray("Address"), ["addressCountryCode"] = "LV" },
            },
            ["validFrom"] = ValidFrom.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = "Data analysis micro-credential",
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = SubjectId,
                ["type"] = new JsonArray("AchievementSubject"),
                ["name"] = "Anna Bērziņa",
                ["creditsEarned"] = 5,
                ["achievement"] = new JsonObject
                {
                    ["id"] = "https://badges.example.edu/achievements/data-analysis",
                    ["type"] = new JsonArray("Achievement"),
                    ["achievementType"] = "MicroCredential",
                    ["name"] = "Data analysis",
                    ["inLanguage"] = "en",
                    ["description"] = "Analysing tabular data.",
                    ["criteria"] = new JsonObject { ["narrative"] = "Cleans a data set\nBuilds a regression model" },
                    ["creditsAvailable"] = 5,
                    ["creditSystem"] = "http://data.europa.eu/snb/education-credit/6fcec5c5af",
                    ["alignment"] = new JsonArray(
                        new JsonObject
                        {
                            ["type"] = new JsonArray("Alignment"),
                            ["targetName"] = "EQF level 5",
                            ["targetUrl"] = "http://data.europa.eu/snb/eqf/5",
                            ["targetFramework"] = "European Qualifications Framework",
                            ["targetCode"] = "5",
                        },
                        new JsonObject
                        {
                            ["type"] = new JsonArray("Alignment"),
                            ["targetName"] = "analyse big data",
                            ["targetUrl"] = EscoSkill,
                            ["targetFramework"] = "ESCO",
                        }),
                },
            },
        };
        if (validUntil is { } until)
        {
            badge["validUntil"] = until.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        }

        return badge;
    }

    /// <summary>The OB 3.0 layout: the credential with iss, jti, sub, nbf (and exp) agreeing with it.</summary>
    public static JsonObject Ob3Payload(JsonObject credential)
    {
        var payload = (JsonObject)credential.DeepClone();
        payload["iss"] = ((JsonObject)credential["issuer"]!)["id"]!.GetValue<string>();
        payload["jti"] = credential["id"]!.GetValue<string>();
        payload["sub"] = credential["credentialSubject"]!["id"]!.GetValue<string>();
        payload["nbf"] = DateTimeOffset.Parse(credential["validFrom"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds();
        if (credential["validUntil"] is { } until)
        {
            payload["exp"] = DateTimeOffset.Parse(until.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds();
        }

        return payload;
    }

    /// <summary>The VC 1.1 layout: a v1 credential with issuanceDate in the vc claim, issuer/id/subject as claims only.</summary>
    public static JsonObject VcClaimPayload(string issuerId)
    {
        var vc = Badge(issuerId);
        vc["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        vc.Remove("validFrom");
        vc.Remove("issuer");
        vc.Remove("id");
        vc["issuanceDate"] = "2026-06-30T10:00:00Z";
        ((JsonObject)vc["credentialSubject"]!).Remove("id");
        return new JsonObject
        {
            ["iss"] = issuerId,
            ["jti"] = CredentialId,
            ["sub"] = SubjectId,
            ["nbf"] = ValidFrom.ToUnixTimeSeconds(),
            ["vc"] = vc,
        };
    }
}
