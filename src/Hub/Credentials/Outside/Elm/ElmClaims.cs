using System.Text.Json.Nodes;

namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>
/// The claims of an EDC's subject. The first LearningAchievement is the credential (an EDC may also state the
/// activities, assessments and entitlements around it); without one, the first claim of any kind is read, so a
/// certificate of participation still maps. Further achievements and activities are named, not merged; entitlements
/// are kept for the access rights they give.
/// </summary>
public sealed record ElmClaims(JsonObject? Main, IReadOnlyList<JsonObject> Entitlements, string? OthersNote)
{
    public static ElmClaims Of(JsonObject? subject)
    {
        var claims = ElmNodes.Objects(subject?["hasClaim"]).ToList();
        var main = claims.FirstOrDefault(c => ElmNodes.HasType(c, "LearningAchievement"))
            ?? claims.FirstOrDefault(c => !ElmNodes.HasType(c, "LearningEntitlement"))
            ?? claims.FirstOrDefault();
        var entitlements = claims.Where(c => c != main && ElmNodes.HasType(c, "LearningEntitlement")).ToList();
        var others = claims
            .Where(c => c != main && !ElmNodes.HasType(c, "LearningEntitlement"))
            .Select(c => ElmNodes.FirstText(c["title"]) ?? ElmNodes.Id(c))
            .OfType<string>()
            .ToList();
        return new ElmClaims(main, entitlements, others.Count > 0 ? "Other claims in the credential: " + string.Join("; ", others) : null);
    }
}
