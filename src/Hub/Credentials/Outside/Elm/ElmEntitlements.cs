using System.Text.Json.Nodes;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Frameworks;

namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>
/// The access rights a credential gives: the LearningEntitlements the claim or its specification entitles to
/// (entitlesTo) and the entitlement claims beside it, each by its title (else its specification's) in every
/// language, kept in further information worded as the Open Badges mapping words them ("Access rights: …"). Where the
/// ELM data states what an entitlement opens, it is an <see cref="AccessRight"/> too (source "document"): a
/// learning-opportunity entitlement is further study (at the EQF level of the qualification it is limited to, if
/// stated); one limited to an occupation is a regulated profession. Anything else stays further information only.
/// </summary>
public static class ElmEntitlements
{
    /// <summary>The ELM entitlement-type concept "learning opportunity" (scheme http://data.europa.eu/snb/entitlement/25831c2).</summary>
    public const string LearningOpportunity = "http://data.europa.eu/snb/entitlement/64aad92881";

    public static string? AccessRights(JsonObject? claim, IReadOnlyList<JsonObject> entitlementClaims)
    {
        var texts = Entitlements(claim, entitlementClaims)
            .Select(TextsOf)
            .Where(t => t.Count > 0)
            .Select(ElmNodes.Tagged)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return texts.Count > 0 ? "Access rights: " + string.Join("; ", texts) : null;
    }

    /// <summary>The entitlements the ELM data types or limits, as access rights stated by the document.</summary>
    public static IReadOnlyList<AccessRight> Rights(JsonObject? claim, IReadOnlyList<JsonObject> entitlementClaims) =>
        [.. Entitlements(claim, entitlementClaims).Select(Right).OfType<AccessRight>().Distinct()];

    private static IEnumerable<JsonObject> Entitlements(JsonObject? claim, IReadOnlyList<JsonObject> entitlementClaims)
    {
        ArgumentNullException.ThrowIfNull(entitlementClaims);
        var specification = ElmNodes.First(claim?["specifiedBy"]);
        return ElmNodes.Objects(claim?["entitlesTo"])
            .Concat(ElmNodes.Objects(specification?["entitlesTo"]))
            .Concat(entitlementClaims);
    }

    // An entitlement is either a specification itself (entitlesTo) or a claim specified by one: read both.
    private static AccessRight? Right(JsonObject entitlement)
    {
        var specification = ElmNodes.First(entitlement["specifiedBy"]);
        JsonNode? Member(string name) => entitlement[name] ?? specification?[name];

        var occupation = ElmNodes.First(Member("limitOccupation")) ?? ElmNodes.First(Member("limitNationalOccupation"));
        var occupationId = ElmNodes.Id(Member("limitOccupation")) ?? ElmNodes.Id(Member("limitNationalOccupation"));
        if (occupation is not null || occupationId is not null)
        {
            var name = ElmNodes.FirstText(occupation?["prefLabel"]) ?? ElmNodes.FirstText(occupation?["title"]) ?? occupationId;
            return new AccessRight(AccessKind.RegulatedProfession, null, name);
        }

        var type = ElmNodes.Id(Member("entitlementType")) ?? ElmNodes.Id(Member("dcType"));
        if (!string.Equals(type, LearningOpportunity, StringComparison.Ordinal))
        {
            return null;
        }

        var qualification = ElmNodes.First(Member("limitQualification"));
        var level = ElmLevels.Of(qualification).Claim is { Framework: QualificationFramework.Eqf } eqf ? eqf.Level : (int?)null;
        return new AccessRight(AccessKind.FurtherStudy, level);
    }

    private static IReadOnlyList<LanguageString> TextsOf(JsonObject entitlement)
    {
        var specification = ElmNodes.First(entitlement["specifiedBy"]);
        var candidates = new[] { entitlement["title"], specification?["title"], entitlement["description"], specification?["description"] };
        return candidates.Select(ElmNodes.Texts).FirstOrDefault(t => t.Count > 0) ?? [];
    }
}
