using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Exchange.Contracts.V1;
using Exchange.Hub.Signing;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Services.Issuing;

/// <summary>
/// Export as an Open Badges 3.0 AchievementCredential (W3C VC 2.0) secured as a compact JWS, ES256, signed with the
/// hub's attestation key (JWS signs ASCII(header "." payload), raw r‖s signature).
/// </summary>
public static class VcJwtExport
{
    public const string MediaType = "application/vc+jwt";

    public static byte[] Export(Credential credential, string hubId, HubKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(keys);
        var header = new JsonObject { ["alg"] = "ES256", ["typ"] = "vc+jwt", ["kid"] = keys.AttestationKeyId };
        var institution = credential.AwardingBodies.FirstOrDefault();
        var vc = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = $"urn:exchange:{hubId}:credential:{credential.CredentialId}",
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = new JsonObject
            {
                ["id"] = $"urn:exchange:{hubId}:institution:{institution?.OrganisationId}",
                ["type"] = new JsonArray("Profile"),
                ["name"] = First(institution?.Name),
            },
            ["validFrom"] = credential.IssuedAt?.ToDateTimeOffset().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = $"urn:exchange:{hubId}:learner:{credential.Learner?.LearnerId}",
                ["type"] = new JsonArray("AchievementSubject"),
                ["achievement"] = new JsonObject
                {
                    ["id"] = $"urn:exchange:{hubId}:achievement:{(credential.ProgrammeId.Length > 0 ? credential.ProgrammeId : credential.CredentialId)}",
                    ["type"] = new JsonArray("Achievement"),
                    ["name"] = First(credential.Title),
                    ["criteria"] = new JsonObject { ["narrative"] = string.Join("\n", credential.LearningOutcomes.Select(o => First(o.Text))) },
                },
            },
        };
        if (credential.ExpiresAt is { } expires)
        {
            vc["validUntil"] = expires.ToDateTimeOffset().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        }

        var signingInput = Base64UrlEncoder.Encode(header.ToJsonString()) + "." + Base64UrlEncoder.Encode(vc.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        var signature = Es256.Sign(keys.AttestationKey, Encoding.ASCII.GetBytes(signingInput));
        return Encoding.ASCII.GetBytes(signingInput + "." + Base64UrlEncoder.Encode(signature));
    }

    private static string First(MultilingualText? text) => text?.Values.FirstOrDefault()?.Text ?? "";
}
