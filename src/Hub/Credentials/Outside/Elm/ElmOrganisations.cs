using System.Text.Json.Nodes;
using Exchange.Adapters.Credentials;
using Exchange.Hub.Credentials.Outside.OpenBadges;

namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>
/// The awarding body: the Organisation of the claim's awarding process (awardedBy.awardingBody), read apart from the
/// sealing issuer. Its name is its legal name (else its short name), its country the address's country concept, its
/// legal data the eIDAS, VAT, tax and registration identifiers and other identifiers by scheme, its contact data
/// its homepage and contact point. When the awarding body is the sealer itself, the trust list's name and country
/// outrank the document's.
/// </summary>
public static class ElmOrganisations
{
    private static readonly (string Member, string Label)[] LegalIdentifiers =
    [
        ("eIDASIdentifier", "eIDAS"), ("vatIdentifier", "VAT"), ("taxIdentifier", "Tax"), ("registration", "Registration"),
    ];

    public static (Organisation? Organisation, JsonObject? Node) AwardingBody(JsonObject? claim, JsonObject credential, OutsideMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(context);
        var body = ElmNodes.First(ElmNodes.First(claim?["awardedBy"])?["awardingBody"]);
        if (body is null)
        {
            return (null, null);
        }

        var id = ElmNodes.Id(body) ?? "";
        var isSealer = id.Length > 0 && id == ElmMapper.IssuerId(credential);
        var name = (isSealer ? context.TrustedName : null) ?? ElmNodes.FirstText(body["legalName"]) ?? ElmNodes.FirstText(body["altLabel"]) ?? "";
        var country = (isSealer ? context.TrustedCountry : null) ?? CountryOf(body) ?? "";
        return (new Organisation(id, name, country, LegalData(body), ContactData(body)), body);
    }

    /// <summary>The country of an Organisation: its address's country concept, else the country its legal
    /// identifiers are registered in; ISO alpha-2, or null.</summary>
    public static string? CountryOf(JsonObject? organisation)
    {
        var addresses = ElmNodes.Objects(organisation?["location"]).SelectMany(l => ElmNodes.Objects(l["address"]));
        var fromAddress = addresses.Select(a => ElmCountries.Alpha2Of(ElmNodes.Id(a["countryCode"]))).FirstOrDefault(c => c is not null);
        return fromAddress ?? LegalIdentifiers
            .Select(i => ElmCountries.Alpha2Of(ElmNodes.Id(ElmNodes.First(organisation?[i.Member])?["spatial"])))
            .FirstOrDefault(c => c is not null);
    }

    private static string? LegalData(JsonObject body)
    {
        var parts = LegalIdentifiers
            .SelectMany(i => ElmNodes.Objects(body[i.Member]).Select(n => ElmNodes.Text(n["notation"]) is { } notation ? $"{i.Label}: {notation}" : null))
            .Concat(ElmNodes.Objects(body["identifier"]).Select(n => ElmNodes.Text(n["notation"]) is { } notation
                ? ElmNodes.Text(n["schemeName"]) is { } scheme ? $"{scheme}: {notation}" : notation
                : null))
            .OfType<string>();
        return Joined(parts);
    }

    private static string? ContactData(JsonObject body)
    {
        var homepages = ElmNodes.Objects(body["homepage"]).Select(h => ElmNodes.Text(h["contentURL"]) ?? ElmNodes.Id(h));
        var contacts = ElmNodes.Objects(body["contactPoint"]).SelectMany(c =>
            ElmNodes.Objects(c["emailAddress"]).Select(e => ElmNodes.Id(e) is { } mail && mail.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? mail[7..] : ElmNodes.Id(e))
                .Concat(ElmNodes.Objects(c["phone"]).Select(p => ElmNodes.Text(p["phoneNumber"]))));
        return Joined(homepages.Concat(contacts).OfType<string>().Distinct(StringComparer.Ordinal));
    }

    private static string? Joined(IEnumerable<string> parts)
    {
        var text = string.Join("; ", parts);
        return text.Length > 0 ? text : null;
    }
}
