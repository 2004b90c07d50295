using System.Text.Json;
using System.Text.Json.Nodes;

namespace Exchange.Hub.Credentials.Outside.Elm.Jades;

/// <summary>
/// Whether the organisation that sealed an EDC is the one the credential names as its issuer: the seal certificate's
/// organisationIdentifier against the identifiers the issuer states (eIDASIdentifier, vatIdentifier, legalIdentifier,
/// registration: their notation), and the certificate's O against the issuer's legal name in any language. An
/// identifier is the binding; names are compared only as a second look, because a legal name is often written in
/// another language or case in the certificate than in the credential.
/// </summary>
public static class SealerMatch
{
    private static readonly string[] IdentifierMembers = ["eIDASIdentifier", "vatIdentifier", "legalIdentifier", "registration"];

    /// <summary>The HeaderConsistency words for the issuer binding: Passed, Warning (nothing to compare or names
    /// differ with a matching identifier) or Failed SEALER_MISMATCH naming both sides.</summary>
    public static (CheckResult Result, string Words) Judge(SealCertificate? certificate, JsonObject? issuer)
    {
        if (certificate is null)
        {
            return (CheckResult.Warning, "The seal names its certificate only by reference (no x5c), so the sealing organisation is not compared with the credential's issuer.");
        }

        var identifiers = IdentifierMembers.SelectMany(m => Notations(issuer?[m]).Select(n => (Member: m, Notation: n))).ToList();
        var names = LanguageValues(issuer?["legalName"]).ToList();
        var sealer = certificate.OrganizationIdentifier;
        var organisation = certificate.Organization;

        bool? identifierMatches = sealer is null || identifiers.Count == 0 ? null : identifiers.Any(i => SameIdentifier(sealer, i.Notation));
        bool? nameMatches = organisation is null || names.Count == 0 ? null : names.Any(n => SameName(organisation, n));
        var stated = identifiers.Count == 0 ? "no identifier" : string.Join(", ", identifiers.Select(i => $"{i.Member} {OutsideChecks.Cut(i.Notation, 60)}"));
        var named = names.Count == 0 ? "no legal name" : string.Join(" / ", names.Select(n => OutsideChecks.Cut(n, 60)));

        return (identifierMatches, nameMatches) switch
        {
            (false, _) => (CheckResult.Failed, $"The seal certificate's organisationIdentifier {OutsideChecks.Cut(sealer!, 60)} is none of the identifiers the credential's issuer states ({stated})."),
            (null, false) => (CheckResult.Failed, $"The seal certificate's organisation \"{OutsideChecks.Cut(organisation!, 60)}\" is not the credential's issuer \"{named}\", and no identifier binds them."),
            (true, false) => (CheckResult.Warning, $"The seal certificate's organisationIdentifier {sealer} is the issuer's ({stated}), though its organisation name \"{OutsideChecks.Cut(organisation!, 60)}\" is written otherwise than the issuer's legal name \"{named}\"."),
            (true, _) => (CheckResult.Passed, $"The seal certificate's organisationIdentifier {sealer} is the issuer's ({stated}){(nameMatches == true ? $", and its organisation \"{OutsideChecks.Cut(organisation!, 60)}\" is the issuer's legal name" : "")}."),
            (null, true) => (CheckResult.Warning, $"The seal certificate's organisation \"{OutsideChecks.Cut(organisation!, 60)}\" is the issuer's legal name, but no identifier binds them ({(sealer is null ? "the certificate has no organisationIdentifier" : "the issuer states " + stated)})."),
            _ => (CheckResult.Warning, $"Nothing binds the seal to the credential's issuer: the certificate states {(sealer is null ? "no organisationIdentifier" : "organisationIdentifier " + sealer)} and {(organisation is null ? "no organisation" : "organisation \"" + OutsideChecks.Cut(organisation, 60) + "\"")}; the issuer states {stated} and {named}."),
        };
    }

    /// <summary>An organisationIdentifier is "VAT" (or NTR, PSD, LEI…) + country + '-' + the registered identifier
    /// (ETSI EN 319 412-1 §5.1.4); a credential may state the whole of it, the identifier alone, or the country and
    /// the identifier as a VAT number is usually written.</summary>
    private static bool SameIdentifier(string sealer, string notation)
    {
        var given = notation.Trim();
        if (string.Equals(sealer.Trim(), given, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var dash = sealer.IndexOf('-', StringComparison.Ordinal);
        if (dash != 5 || given.Length == 0)
        {
            return false;
        }

        var registered = sealer[(dash + 1)..];
        var country = sealer[3..5];
        return string.Equals(registered, given, StringComparison.OrdinalIgnoreCase)
            || string.Equals(country + registered, given, StringComparison.OrdinalIgnoreCase);
    }

    private static bool SameName(string a, string b) =>
        string.Equals(Collapse(a), Collapse(b), StringComparison.OrdinalIgnoreCase);

    private static string Collapse(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The notation(s) of an identifier: an object with notation, an array of them, or a plain string.</summary>
    private static IEnumerable<string> Notations(JsonNode? node) => node switch
    {
        JsonArray array => array.Take(16).SelectMany(Notations),
        JsonObject o => Strings(o["notation"]),
        JsonValue => Strings(node),
        _ => [],
    };

    /// <summary>The values of a language map ({"en": "…", "fr": ["…"]}), or a plain string.</summary>
    private static IEnumerable<string> LanguageValues(JsonNode? node) => node switch
    {
        JsonObject map => map.Take(64).SelectMany(p => Strings(p.Value)),
        JsonArray array => array.Take(16).SelectMany(LanguageValues),
        JsonValue => Strings(node),
        _ => [],
    };

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Trim().Length > 0 => [v.GetValue<string>()],
        JsonArray array => array.Take(16).SelectMany(Strings),
        JsonObject o when o["@value"] is { } value => Strings(value),
        _ => [],
    };
}
