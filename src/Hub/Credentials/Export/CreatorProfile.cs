using System.Text.Json.Nodes;
using Exchange.Contracts.V1;

namespace Exchange.Hub.Credentials.Export;

/// <summary>
/// The awarding institution as the achievement's <c>creator</c>: an Open Badges Profile whose id names the institution
/// in this hub's registry, with its name (every language), country, web site and identifiers (the registry id, and the
/// national registration number when the credential carries the legal identity). The issuer is the hub, which seals;
/// the institution awards, as with European Digital Credentials whose sealer and awarding body differ.
/// </summary>
public static class CreatorProfile
{
    public static JsonObject Of(string hubId, string institutionId, OrganisationRef? body, string language)
    {
        var profile = new JsonObject
        {
            ["id"] = OpenBadgeIds.Institution(hubId, institutionId),
            ["type"] = new JsonArray("Profile"),
            ["name"] = ExportLanguages.In(body?.Name, language) ?? institutionId,
        };
        if (ExportLanguages.Map(body?.Name) is { } names)
        {
            profile[ExchangeTerms.NameByLanguage] = names;
        }

        if (body?.WebUrl is { Length: > 0 } url)
        {
            profile["url"] = url;
        }

        if (body?.CountryCode is { Length: > 0 } country)
        {
            profile["address"] = new JsonObject { ["type"] = new JsonArray("Address"), ["addressCountryCode"] = country };
        }

        var identifiers = new JsonArray(Identifier(institutionId, "ext:ExchangeRegistryId"));
        if (body?.LegalIdentity?.RegistrationNumber is { Length: > 0 } registration)
        {
            identifiers.Add(Identifier(registration, "ext:NationalRegistrationNumber"));
        }

        profile["otherIdentifier"] = identifiers;
        return profile;
    }

    private static JsonObject Identifier(string value, string type) => new()
    {
        ["type"] = "IdentifierEntry",
        ["identifier"] = value,
        ["identifierType"] = type,
    };
}
