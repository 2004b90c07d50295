using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside.VcJwt;

namespace Exchange.Hub.Credentials.Outside.Elm.Jades;

/// <summary>
/// The header of one JAdES signature as this hub acts on it: the algorithm, whether the payload travels unencoded
/// (RFC 7797 b64 false), the certificate (x5c, leaf first) or its references (x5t#S256, kid as an IssuerSerial), the
/// claimed signing time (sigT) and the level the unprotected etsiU components announce. Every critical parameter must
/// be one this hub understands or knowingly ignores; a detached payload (sigD) is refused by name.
/// </summary>
public sealed record JadesHeader(
    JadesAlgorithm Algorithm,
    bool Unencoded,
    IReadOnlyList<byte[]>? CertificateChain,
    byte[]? CertificateThumbprint,
    string? KeyId,
    DateTimeOffset? SigningTime,
    string Level,
    IReadOnlyList<string> Ignored)
{
    public const int MaximumCertificates = 10;

    /// <summary>Critical parameters this hub reads (b64, sigT) or knowingly leaves unverified (the signed
    /// data-object timestamp adoTst; commitment type, production place and signer attributes, which are the sealer's
    /// statements and change nothing of what is checked).</summary>
    private static readonly string[] Understood = ["b64", "sigT", "adoTst", "srCms", "sigPl", "srAts"];

    /// <summary>Parameters of RFC 7515/7518 that crit must not list (RFC 7515 §4.1.11).</summary>
    private static readonly string[] Registered = ["alg", "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "typ", "cty", "crit"];

    /// <summary>etsiU components by the level they add (ETSI TS 119 182-1 §5.3, §6): none of them is verified here.</summary>
    private static readonly (string Member, string Level)[] Levels =
        [("sigTst", "B-T"), ("xVals", "B-LT"), ("rVals", "B-LT"), ("axVals", "B-LT"), ("arVals", "B-LT"), ("arcTst", "B-LTA")];

    /// <summary>The unverified components as named in the level's words.</summary>
    public string LevelWords => Level == "B-B"
        ? "JAdES-B-B (no timestamp or validation data)"
        : $"JAdES-{Level} by its unprotected etsiU components, which are not verified (timestamps, certificate and revocation values)";

    /// <summary>Reads the header of <paramref name="signature"/>; null with the reason and the ErrorReason name.</summary>
    public static JadesHeader? TryRead(JadesSignature signature, out string problem, out string reason)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var header = signature.Protected;
        reason = "EMBEDDED_PROOF_INVALID";
        if (JadesDocument.Text(header, "alg") is not { Length: > 0 } alg)
        {
            problem = "The protected header names no algorithm (alg).";
            return null;
        }

        if (JadesAlgorithm.TryGet(alg, out var refusal) is not { } algorithm)
        {
            reason = "SIGNATURE_ALGORITHM_REFUSED";
            problem = refusal;
            return null;
        }

        var critical = ReadCritical(header, out problem, out reason);
        if (critical is null)
        {
            return null;
        }

        reason = "EMBEDDED_PROOF_INVALID";
        var unencoded = false;
        if (header.TryGetPropertyValue("b64", out var b64))
        {
            if (b64 is not JsonValue v || v.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
            {
                problem = "The protected header's b64 is not true or false.";
                return null;
            }

            unencoded = v.GetValueKind() == JsonValueKind.False;
            // RFC 7797 §6: a verifier that did not see b64 as critical would read the payload the other way.
            if (unencoded && !critical.Contains("b64"))
            {
                problem = "The payload is unencoded (b64 false) but b64 is not listed in crit (RFC 7797 §6).";
                return null;
            }
        }

        List<byte[]>? chain = null;
        if (header.ContainsKey("x5c"))
        {
            chain = ReadChain(header["x5c"], out problem);
            if (chain is null)
            {
                return null;
            }
        }

        byte[]? thumbprint = null;
        if (header.ContainsKey("x5t#S256"))
        {
            thumbprint = JadesDocument.Text(header, "x5t#S256") is { } t ? CompactJws.DecodePart(Encoding.ASCII.GetBytes(t)) : null;
            if (thumbprint is not { Length: 32 })
            {
                problem = "The protected header's x5t#S256 is not a base64url SHA-256 digest.";
                return null;
            }
        }

        string? kid = null;
        if (header.ContainsKey("kid") && (kid = JadesDocument.Text(header, "kid")) is null)
        {
            problem = "The protected header's kid is not a string.";
            return null;
        }

        if (chain is null && thumbprint is null && kid is null)
        {
            problem = "The seal names no certificate: neither x5c, x5t#S256 nor kid is in the protected header.";
            return null;
        }

        DateTimeOffset? signingTime = null;
        if (header.ContainsKey("sigT"))
        {
            if (JadesDocument.Text(header, "sigT") is not { } text || !TryTime(text, out var parsed))
            {
                problem = "The protected header's sigT is not a UTC time (YYYY-MM-DDThh:mm:ssZ).";
                return null;
            }

            signingTime = parsed;
        }

        var level = ReadLevel(signature.Unprotected, out problem);
        if (level is null)
        {
            return null;
        }

        var ignored = critical.Where(c => c is not ("b64" or "sigT")).ToList();
        problem = "";
        reason = "";
        return new JadesHeader(algorithm, unencoded, chain, thumbprint, kid, signingTime, level, ignored);
    }

    private static HashSet<string>? ReadCritical(JsonObject header, out string problem, out string reason)
    {
        reason = "UNSUPPORTED_FORMAT";
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (header.ContainsKey("sigD"))
        {
            problem = "The seal is detached (sigD): its payload is elsewhere, which this hub does not read.";
            return null;
        }

        if (!header.TryGetPropertyValue("crit", out var crit))
        {
            problem = "";
            return names;
        }

        if (crit is not JsonArray { Count: > 0 } array)
        {
            reason = "EMBEDDED_PROOF_INVALID";
            problem = "The protected header's crit is not a non-empty array (RFC 7515 §4.1.11).";
            return null;
        }

        foreach (var item in array)
        {
            if (item is not JsonValue v || v.GetValueKind() != JsonValueKind.String || !names.Add(v.GetValue<string>()))
            {
                reason = "EMBEDDED_PROOF_INVALID";
                problem = "The protected header's crit holds a value that is not a string or a repeated one.";
                return null;
            }
        }

        if (names.FirstOrDefault(n => !Understood.Contains(n, StringComparer.Ordinal)) is { } unknown)
        {
            problem = Registered.Contains(unknown, StringComparer.Ordinal)
                ? $"crit lists \"{unknown}\", a parameter of JWS itself, which crit must not list (RFC 7515 §4.1.11)."
                : $"crit lists \"{OutsideChecks.Cut(unknown, 40)}\", an extension this hub does not understand, so it cannot honour the seal.";
            return null;
        }

        if (names.FirstOrDefault(n => !header.ContainsKey(n)) is { } absent)
        {
            reason = "EMBEDDED_PROOF_INVALID";
            problem = $"crit lists \"{absent}\", which the protected header does not carry.";
            return null;
        }

        problem = "";
        return names;
    }

    /// <summary>x5c holds standard base64 (with padding), not base64url (RFC 7515 §4.1.6), leaf first.</summary>
    private static List<byte[]>? ReadChain(JsonNode? node, out string problem)
    {
        var chain = JoseHeader.ReadChain(node);
        problem = chain is null ? $"The protected header's x5c is not an array of 1 to {MaximumCertificates} base64 DER certificates." : "";
        return chain;
    }

    /// <summary>The level the unprotected etsiU components announce. Each component is a JSON object or, as sealing
    /// services write them, the base64url of one; only their member names are read.</summary>
    private static string? ReadLevel(JsonObject unprotected, out string problem)
    {
        problem = "";
        if (!unprotected.TryGetPropertyValue("etsiU", out var node))
        {
            return "B-B";
        }

        if (node is not JsonArray { Count: <= 64 } components)
        {
            problem = "The unprotected header's etsiU is not an array (of at most 64 components).";
            return null;
        }

        var rank = 0;
        string[] order = ["B-B", "B-T", "B-LT", "B-LTA"];
        foreach (var component in components)
        {
            var names = component switch
            {
                JsonObject o => o.Select(p => p.Key).ToList(),
                JsonValue v when v.GetValueKind() == JsonValueKind.String => DecodedNames(v.GetValue<string>()),
                _ => null,
            };
            if (names is null)
            {
                problem = "An etsiU component is neither a JSON object nor the base64url of one.";
                return null;
            }

            foreach (var name in names)
            {
                var level = Levels.FirstOrDefault(l => l.Member == name).Level;
                rank = Math.Max(rank, level is null ? 0 : Array.IndexOf(order, level));
            }
        }

        return order[rank];
    }

    private static List<string>? DecodedNames(string text)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }

        return JadesDocument.ParseObject(bytes, "etsiU component", out _)?.Select(p => p.Key).ToList();
    }

    /// <summary>sigT is a UTC instant in the form YYYY-MM-DDThh:mm:ssZ (ETSI TS 119 182-1 §5.2.1).</summary>
    private static bool TryTime(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
}
