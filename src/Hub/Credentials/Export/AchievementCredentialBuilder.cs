using System.Text.Json.Nodes;
using Exchange.Contracts.V1;
using Exchange.Hub.Credentials.Publishing;

namespace Exchange.Hub.Credentials.Export;

/// <summary>
/// Builds the payload of an export: the credential as an Open Badges 3.0 <c>AchievementCredential</c> (W3C VC 2.0),
/// valid against 1EdTech's JSON schema, plus the JWT claims OB's VC-JWT proof asks for (<c>iss</c> = issuer id,
/// <c>jti</c> = id, <c>sub</c> = subject id, <c>nbf</c> = validFrom, <c>exp</c> = validUntil), all from the same
/// values so they cannot disagree. Pure: the hub's identity, the source and its status entry in, JSON out;
/// <see cref="OpenBadgeExport"/> signs it.
/// </summary>
public static class AchievementCredentialBuilder
{
    public const string CredentialsV2Context = "https://www.w3.org/ns/credentials/v2";
    public const string OpenBadgesContext = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    public static JsonObject Build(OpenBadgeSource source, HubIssuer issuer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(issuer);
        var credential = source.Credential;
        var language = ExportLanguages.Primary(credential);
        var id = OpenBadgeIds.Credential(issuer.HubId, credential.CredentialId);
        var subjectId = OpenBadgeIds.Learner(issuer.HubId, source.LearnerId);
        var achievement = AchievementBuilder.Build(source, issuer.HubId, language);
        var validFrom = OpenBadgeTime.ToSecond(source.IssuedAt);

        var payload = new JsonObject
        {
            ["@context"] = new JsonArray(CredentialsV2Context, OpenBadgesContext, issuer.ContextUrl.AbsoluteUri),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "AchievementCredential"),
            ["issuer"] = issuer.Profile(),
            ["validFrom"] = OpenBadgeTime.Text(validFrom),
        };
        if (source.ExpiresAt is { } expires)
        {
            payload["validUntil"] = OpenBadgeTime.Text(expires);
        }

        payload["awardedDate"] = OpenBadgeTime.Text(validFrom);
        payload["name"] = achievement["name"]!.GetValue<string>();
        payload["description"] = achievement["description"]!.GetValue<string>();
        payload["credentialSubject"] = Subject(source, subjectId, achievement);
        payload["credentialStatus"] = source.CredentialStatus.DeepClone();

        // The JWT claims of OB 3.0's VC-JWT proof, from the very values above.
        payload["iss"] = issuer.Id;
        payload["jti"] = id;
        payload["sub"] = subjectId;
        payload["nbf"] = OpenBadgeTime.NumericDate(validFrom);
        if (source.ExpiresAt is { } until)
        {
            payload["exp"] = OpenBadgeTime.NumericDate(OpenBadgeTime.ToSecond(until));
        }

        return payload;
    }

    private static JsonObject Subject(OpenBadgeSource source, string subjectId, JsonObject achievement)
    {
        var credential = source.Credential;
        var subject = new JsonObject
        {
            ["id"] = subjectId,
            ["type"] = new JsonArray("AchievementSubject"),
        };
        if (LearnerName(credential.Learner) is { } name)
        {
            // The holder's name as printed, so a verifier can match the person who presents it (OB's IdentityObject).
            subject["identifier"] = new JsonArray(new JsonObject
            {
                ["type"] = "IdentityObject",
                ["identityType"] = "name",
                ["hashed"] = false,
                ["identityHash"] = name,
            });
        }

        subject["achievement"] = achievement;
        if (achievement["creditsAvailable"] is { } credits)
        {
            subject["creditsEarned"] = credits.DeepClone();
        }

        if (GradeResult.Applies(credential.Grade))
        {
            subject["result"] = new JsonArray(GradeResult.Result(credential.Grade, achievement["id"]!.GetValue<string>()));
        }

        return subject;
    }

    private static string? LearnerName(LearnerIdentification? learner)
    {
        if (learner is null)
        {
            return null;
        }

        var parts = new[] { learner.GivenNames, learner.Patronymic, learner.FamilyName }.Select(ExportLanguages.First).OfType<string>().ToList();
        return parts.Count > 0 ? string.Join(' ', parts) : null;
    }
}
