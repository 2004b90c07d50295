using System.Text.Json.Nodes;
using Exchange.Adapters.Credentials;

namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>
/// The access rights a credential gives: the LearningEntitlements the claim or its specification entitles to
/// (entitlesTo) and the entitlement claims beside it, each by its title (else its specification's) in every
/// language. The Adapters' model has no element for them, so they go to further information, worded as the Open
/// Badges mapping words them ("Access rights: …").
/// </summary>
public static class ElmEntitlements
{
    public static string? AccessRights(JsonObject? claim, IReadOnlyList<JsonObject> entitlementClaims)
    {
        ArgumentNullException.ThrowIfNull(entitlementClaims);
        var specification = ElmNodes.First(claim?["specifiedBy"]);
        var entitlements = ElmNodes.Objects(claim?["entitlesTo"])
            .Concat(ElmNodes.Objects(specification?["entitlesTo"]))
            .Concat(entitlementClaims);
        var texts = entitlements
            .Select(TextsOf)
            .Where(t => t.Count > 0)
            .Select(ElmNodes.Tagged)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return texts.Count > 0 ? "Access rights: " + string.Join("; ", texts) : null;
    }

    private static IReadOnlyList<LanguageString> TextsOf(JsonObject entitlement)
    {
        var specification = ElmNodes.First(entitlement["specifiedBy"]);
        var candidates = new[] { entitlement["title"], specification?["title"], entitlement["description"], specification?["description"] };
        return candidates.Select(ElmNodes.Texts).FirstOrDefault(t => t.Count > 0) ?? [];
    }
}
