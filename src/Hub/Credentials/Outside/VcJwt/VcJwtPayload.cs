using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Exchange.Hub.Credentials.Outside.VcJwt;

/// <summary>Where a VC-JWT keeps its credential.</summary>
public enum VcJwtLayout
{
    /// <summary>OB 3.0 / VC-JOSE (VC 2.0): the payload is the credential, with or without iss/jti/sub/nbf/exp.</summary>
    PayloadIsCredential,

    /// <summary>VC 1.1 JWT: the credential sits in the vc claim; the JWT claims may stand in for its issuer, id and dates.</summary>
    VcClaim,
}

/// <summary>
/// A VC-JWT's payload read for verification: the layout, the credential object, the registered JWT claims, and the
/// credential's identity and dates as the credential and the claims together state them (the credential's own
/// member first, the claim when the credential leaves it out, as VC 1.1 JWTs may).
/// </summary>
public sealed record VcJwtPayload(
    VcJwtLayout Layout,
    JsonObject Credential,
    string IssuerId,
    string? CredentialId,
    string? SubjectId,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    JwtClaims Claims)
{
    private static readonly string[] BaseContexts = ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/2018/credentials/v1"];

    /// <summary>When the signature is taken to have been made, for the key's window: nbf, else the credential's
    /// validFrom / issuanceDate, else iat; null when nothing says.</summary>
    public DateTimeOffset? SignedAt => Claims.NotBefore ?? ValidFrom ?? Claims.IssuedAt;

    /// <summary>The end of validity: the credential's, or the JWT's exp when it is earlier or alone.</summary>
    public DateTimeOffset? Expires => (ValidUntil, Claims.Expires) switch
    {
        ({ } until, { } exp) => until < exp ? until : exp,
        (var until, var exp) => until ?? exp,
    };

    public string LayoutName => Layout == VcJwtLayout.VcClaim ? "VC 1.1 vc claim" : "payload is the credential (OB 3.0 / VC-JOSE)";

    public static VcJwtPayload? TryRead(JsonObject payload, out string problem)
    {
        var claims = JwtClaims.TryRead(payload, out problem);
        if (claims is null)
        {
            return null;
        }

        var layout = payload.ContainsKey("vc") ? VcJwtLayout.VcClaim : VcJwtLayout.PayloadIsCredential;
        if ((layout == VcJwtLayout.VcClaim ? payload["vc"] : payload) is not JsonObject credential)
        {
            problem = "The vc claim is not a JSON object.";
            return null;
        }

        if (layout == VcJwtLayout.VcClaim && credential.ContainsKey("vc"))
        {
            problem = "The credential nests another vc claim.";
            return null;
        }

        return Read(layout, credential, claims, out problem);
    }

    /// <summary>A credential that comes without JWT claims (one with an embedded Data Integrity proof), read as a
    /// payload that is the credential, so the Open Badges and CLR mappers read it like a VC-JWT's.</summary>
    public static VcJwtPayload? FromCredential(JsonObject credential, out string problem) =>
        Read(VcJwtLayout.PayloadIsCredential, credential, new JwtClaims(null, null, null, null, null, null), out problem);

    private static VcJwtPayload? Read(VcJwtLayout layout, JsonObject credential, JwtClaims claims, out string problem)
    {
        var contexts = Strings(credential["@context"]);
        if (contexts.Count == 0 || !BaseContexts.Contains(contexts[0], StringComparer.Ordinal))
        {
            problem = "The credential's first @context is neither the VC 2.0 nor the VC 1.1 base context.";
            return null;
        }

        if (!Strings(credential["type"]).Contains("VerifiableCredential", StringComparer.Ordinal))
        {
            problem = "The credential's type does not include VerifiableCredential.";
            return null;
        }

        var subject = Subject(credential);
        if (subject is null)
        {
            problem = "The credential has no credentialSubject object.";
            return null;
        }

        var issuer = IdOf(credential["issuer"]) ?? (layout == VcJwtLayout.VcClaim ? claims.Issuer : null);
        if (string.IsNullOrEmpty(issuer))
        {
            problem = "The credential names no issuer.";
            return null;
        }

        if (!TryDate(credential, "validFrom", out var validFrom) || !TryDate(credential, "issuanceDate", out var issuanceDate)
            || !TryDate(credential, "validUntil", out var validUntil) || !TryDate(credential, "expirationDate", out var expirationDate))
        {
            problem = "A date of the credential is not an XML Schema dateTime.";
            return null;
        }

        var id = Text(credential["id"]) ?? (layout == VcJwtLayout.VcClaim ? claims.Id : null);
        var subjectId = Text(subject["id"]) ?? (layout == VcJwtLayout.VcClaim ? claims.Subject : null);
        var from = validFrom ?? issuanceDate ?? (layout == VcJwtLayout.VcClaim ? claims.NotBefore : null);
        var until = validUntil ?? expirationDate ?? (layout == VcJwtLayout.VcClaim ? claims.Expires : null);
        problem = "";
        return new VcJwtPayload(layout, credential, issuer, id, subjectId, from, until, claims);
    }

    /// <summary>Where the claims contradict the credential (OB 3.0: iss = issuer.id, jti = id, sub = credentialSubject.id,
    /// nbf = validFrom, exp = validUntil; seconds compared, as NumericDate has no finer unit).</summary>
    public IReadOnlyList<string> Contradictions()
    {
        var problems = new List<string>();
        var credentialIssuer = IdOf(Credential["issuer"]);
        if (Claims.Issuer is { } iss && credentialIssuer is not null && iss != credentialIssuer)
        {
            problems.Add($"iss \"{iss}\" is not the issuer \"{credentialIssuer}\"");
        }

        if (Claims.Id is { } jti && Text(Credential["id"]) is { } id && jti != id)
        {
            problems.Add($"jti \"{jti}\" is not the credential id \"{id}\"");
        }

        if (Claims.Subject is { } sub && Subject(Credential) is { } subject && Text(subject["id"]) is { } subjectId && sub != subjectId)
        {
            problems.Add($"sub \"{sub}\" is not the credential subject \"{subjectId}\"");
        }

        var credentialFrom = Date(Credential, "validFrom") ?? Date(Credential, "issuanceDate");
        if (Claims.NotBefore is { } nbf && credentialFrom is { } from && nbf.ToUnixTimeSeconds() != from.ToUnixTimeSeconds())
        {
            problems.Add($"nbf {nbf:O} is not validFrom {from:O}");
        }

        var credentialUntil = Date(Credential, "validUntil") ?? Date(Credential, "expirationDate");
        if (Claims.Expires is { } exp && credentialUntil is { } until && exp.ToUnixTimeSeconds() != until.ToUnixTimeSeconds())
        {
            problems.Add($"exp {exp:O} is not validUntil {until:O}");
        }

        return problems;
    }

    /// <summary>The credential's subject: the object, or the first object of an array of subjects.</summary>
    public static JsonObject? Subject(JsonObject credential) => credential["credentialSubject"] switch
    {
        JsonObject one => one,
        JsonArray many => many.OfType<JsonObject>().FirstOrDefault(),
        _ => null,
    };

    /// <summary>A string member, or the id of an object member (issuer as a URL or as a Profile).</summary>
    public static string? IdOf(JsonNode? node) => node is JsonObject o ? Text(o["id"]) : Text(node);

    public static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } s ? s : null;

    /// <summary>A string or an array of strings as a list (type, @context); other members are skipped.</summary>
    public static IReadOnlyList<string> Strings(JsonNode? node) => node switch
    {
        JsonArray array => [.. array.Select(Text).OfType<string>()],
        _ when Text(node) is { } one => [one],
        _ => [],
    };

    public static string? FirstString(JsonNode? node)
    {
        var strings = Strings(node);
        return strings.Count > 0 ? strings[0] : null;
    }

    /// <summary>An XML Schema dateTime; a value without a zone is read as UTC.</summary>
    public static DateTimeOffset? ParseDate(string? text) =>
        text is { Length: >= 10 and <= 40 }
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;

    private static DateTimeOffset? Date(JsonObject credential, string name) => ParseDate(Text(credential[name]));

    private static bool TryDate(JsonObject credential, string name, out DateTimeOffset? value)
    {
        value = null;
        if (!credential.TryGetPropertyValue(name, out var node) || node is null)
        {
            return true;
        }

        value = ParseDate(Text(node));
        return value is not null;
    }
}

/// <summary>The registered JWT claims a VC-JWT may carry (RFC 7519 §4.1); NumericDate as seconds since 1970.</summary>
public sealed record JwtClaims(string? Issuer, string? Id, string? Subject, DateTimeOffset? NotBefore, DateTimeOffset? Expires, DateTimeOffset? IssuedAt)
{
    public static JwtClaims? TryRead(JsonObject payload, out string problem)
    {
        problem = "";
        string? Str(string name, ref string problem)
        {
            if (!payload.TryGetPropertyValue(name, out var node))
            {
                return null;
            }

            var text = VcJwtPayload.Text(node);
            if (text is null)
            {
                problem = $"The {name} claim is not a non-empty string.";
            }

            return text;
        }

        DateTimeOffset? Time(string name, ref string problem)
        {
            if (!payload.TryGetPropertyValue(name, out var node))
            {
                return null;
            }

            if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<double>(out var seconds)
                && seconds is >= 0 and <= 253402300799)
            {
                return DateTimeOffset.FromUnixTimeSeconds((long)Math.Floor(seconds));
            }

            problem = $"The {name} claim is not a NumericDate.";
            return null;
        }

        var claims = new JwtClaims(Str("iss", ref problem), Str("jti", ref problem), Str("sub", ref problem),
            Time("nbf", ref problem), Time("exp", ref problem), Time("iat", ref problem));
        return problem.Length == 0 ? claims : null;
    }
}
