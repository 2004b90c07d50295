using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside.VcJwt;

namespace Exchange.Hub.Credentials.Outside.Elm.Jades;

/// <summary>One signature of a JWS JSON serialisation as received: the protected header's base64url text (signed as
/// is), the header it decodes to, the unprotected header and the signature bytes.</summary>
public sealed record JadesSignature(string ProtectedText, JsonObject Protected, JsonObject Unprotected, byte[] Value);

/// <summary>
/// A JWS in JSON serialisation (RFC 7515 §7.2), general (<c>signatures</c>) or flattened, as European Digital
/// Credentials are sealed (JAdES, ETSI TS 119 182-1). Parsed strictly and bounded: at most 1 MiB, nesting at most
/// <see cref="MaximumDepth"/>, no duplicate member, at most <see cref="MaximumSignatures"/> signatures. The payload
/// member is kept as its string value: whether it is base64url or the payload itself (RFC 7797, b64 false) is the
/// protected header's to say.
/// </summary>
public sealed record JadesDocument(bool General, string PayloadText, IReadOnlyList<JadesSignature> Signatures)
{
    public const int MaximumBytes = CompactJws.MaximumBytes;

    /// <summary>An ELM credential nests organisations, claims, specifications, outcomes and concepts deeply, more
    /// than a badge; deeper than this is refused, not walked.</summary>
    public const int MaximumDepth = 64;

    /// <summary>An EDC carries one seal; a few more (a counter-seal) are read, a long list is not.</summary>
    public const int MaximumSignatures = 4;

    private static readonly JsonDocumentOptions Strict = new() { MaxDepth = MaximumDepth, AllowDuplicateProperties = false };

    public string SerialisationName => General ? "general JSON serialisation" : "flattened JSON serialisation";

    /// <summary>Parses <paramref name="document"/>; on failure returns null and says why in <paramref name="problem"/>.</summary>
    public static JadesDocument? TryParse(ReadOnlySpan<byte> document, out string problem)
    {
        if (document.Length > MaximumBytes)
        {
            problem = $"The document is {document.Length} bytes; at most {MaximumBytes} are read.";
            return null;
        }

        if (ParseObject(document, "document", out problem) is not { } root)
        {
            return null;
        }

        if (Text(root, "payload") is not { } payload)
        {
            problem = root.ContainsKey("payload")
                ? "The JWS payload member is not a string."
                : "The document is not a JWS in JSON serialisation (no payload member); a detached payload is not read.";
            return null;
        }

        var general = root.ContainsKey("signatures");
        if (general && (root.ContainsKey("protected") || root.ContainsKey("signature") || root.ContainsKey("header")))
        {
            problem = "The JWS mixes the general (signatures) and flattened (protected, header, signature) serialisations.";
            return null;
        }

        List<JsonObject> entries;
        if (general)
        {
            if (root["signatures"] is not JsonArray { Count: > 0 } array || array.Any(s => s is not JsonObject))
            {
                problem = "The JWS signatures member is not a non-empty array of objects.";
                return null;
            }

            if (array.Count > MaximumSignatures)
            {
                problem = $"The JWS carries {array.Count} signatures; at most {MaximumSignatures} are read.";
                return null;
            }

            entries = array.Select(s => s!.AsObject()).ToList();
        }
        else
        {
            entries = [root];
        }

        var signatures = new List<JadesSignature>();
        foreach (var entry in entries)
        {
            var signature = ReadSignature(entry, out problem);
            if (signature is null)
            {
                return null;
            }

            signatures.Add(signature);
        }

        problem = "";
        return new JadesDocument(general, payload, signatures);
    }

    /// <summary>The exact bytes the signature covers: ASCII(protected) ‖ '.' ‖ the payload as sent when it is
    /// base64url, or its UTF-8 bytes when it travels unencoded (RFC 7797 §3).</summary>
    public byte[] SigningInput(JadesSignature signature, bool unencoded)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var payload = unencoded ? Encoding.UTF8.GetBytes(PayloadText) : Encoding.ASCII.GetBytes(PayloadText);
        var input = new byte[signature.ProtectedText.Length + 1 + payload.Length];
        Encoding.ASCII.GetBytes(signature.ProtectedText, input);
        input[signature.ProtectedText.Length] = (byte)'.';
        payload.CopyTo(input, signature.ProtectedText.Length + 1);
        return input;
    }

    /// <summary>The payload's bytes: base64url-decoded (canonical encoding only) or, unencoded, its UTF-8 text; null
    /// when a base64url payload is not one.</summary>
    public byte[]? PayloadBytes(bool unencoded) =>
        unencoded ? Encoding.UTF8.GetBytes(PayloadText) : CompactJws.DecodePart(Encoding.ASCII.GetBytes(PayloadText));

    /// <summary>Parses a JSON object strictly (UTF-8, no duplicate member, bounded depth); null with the reason otherwise.</summary>
    public static JsonObject? ParseObject(ReadOnlySpan<byte> utf8, string what, out string problem)
    {
        try
        {
            // Strict UTF-8 first: the JSON reader would otherwise replace invalid sequences silently in strings.
            _ = new UTF8Encoding(false, true).GetCharCount(utf8);
            using var strict = JsonDocument.Parse(utf8.ToArray(), Strict);
            if (strict.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = $"The {what} is not a JSON object.";
                return null;
            }

            problem = "";
            return JsonObject.Create(strict.RootElement.Clone());
        }
        catch (Exception e) when (e is JsonException or DecoderFallbackException)
        {
            problem = $"The {what} is not strict JSON: {e.Message.Split('.')[0]}.";
            return null;
        }
    }

    /// <summary>A string member's value, or null when absent or not a string.</summary>
    public static string? Text(JsonObject node, string name) =>
        node[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static JadesSignature? ReadSignature(JsonObject entry, out string problem)
    {
        if (Text(entry, "protected") is not { } protectedText)
        {
            problem = "A JWS signature has no protected header; a JAdES seal protects its header.";
            return null;
        }

        var headerBytes = CompactJws.DecodePart(Encoding.ASCII.GetBytes(protectedText));
        if (headerBytes is null || protectedText.Any(c => c > 127))
        {
            problem = "A JWS protected header is not base64url without padding.";
            return null;
        }

        if (ParseObject(headerBytes, "protected header", out problem) is not { } header)
        {
            return null;
        }

        var unprotected = new JsonObject();
        if (entry.TryGetPropertyValue("header", out var unprotectedNode))
        {
            if (unprotectedNode is not JsonObject given)
            {
                problem = "A JWS unprotected header is not a JSON object.";
                return null;
            }

            unprotected = given;
        }

        // RFC 7515 §7.2.1: a parameter is either protected or not, never both (the unprotected one could otherwise
        // be read in place of what was signed).
        if (header.Select(p => p.Key).FirstOrDefault(unprotected.ContainsKey) is { } twice)
        {
            problem = $"The header parameter \"{OutsideChecks.Cut(twice, 40)}\" is both protected and unprotected.";
            return null;
        }

        var signatureBytes = Text(entry, "signature") is { } signatureText ? CompactJws.DecodePart(Encoding.ASCII.GetBytes(signatureText)) : null;
        if (signatureBytes is null)
        {
            problem = "A JWS signature value is missing or not base64url without padding.";
            return null;
        }

        problem = "";
        return new JadesSignature(protectedText, header, unprotected, signatureBytes);
    }
}
