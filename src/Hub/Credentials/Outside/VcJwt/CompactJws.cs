using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Exchange.Hub.Credentials.Outside.VcJwt;

/// <summary>
/// A JWS in compact serialisation, parsed strictly: three base64url parts without padding (each the one canonical
/// encoding of its bytes, so no two strings carry the same signature), a header and a payload that are JSON objects
/// with no duplicate member and bounded nesting. The signing input is kept as the exact ASCII received.
/// </summary>
public sealed record CompactJws(JsonObject Header, byte[] PayloadBytes, JsonObject Payload, byte[] Signature, byte[] SigningInput)
{
    /// <summary>The largest document read: a credential with inline images is larger, and is refused by name.</summary>
    public const int MaximumBytes = 1024 * 1024;

    /// <summary>Deep enough for a CLR with embedded achievements; a deeper document is refused, not walked.</summary>
    public const int MaximumDepth = 48;

    private static readonly JsonDocumentOptions Strict = new() { MaxDepth = MaximumDepth, AllowDuplicateProperties = false };

    /// <summary>Parses <paramref name="document"/>; on failure returns null and says why in <paramref name="problem"/>.</summary>
    public static CompactJws? TryParse(ReadOnlySpan<byte> document, out string problem)
    {
        if (document.Length > MaximumBytes)
        {
            problem = $"The document is {document.Length} bytes; at most {MaximumBytes} are read.";
            return null;
        }

        // A file saved by an editor ends with a line break; nothing else may surround the token.
        var token = document.TrimEnd("\r\n"u8);
        if (token.Length == 0)
        {
            problem = "The document is empty.";
            return null;
        }

        var first = token.IndexOf((byte)'.');
        var second = first < 0 ? -1 : token[(first + 1)..].IndexOf((byte)'.');
        if (first < 0 || second < 0 || token[(first + 1 + second + 1)..].Contains((byte)'.'))
        {
            problem = "The document is not a compact JWS (three parts separated by dots).";
            return null;
        }

        second += first + 1;
        var headerBytes = DecodePart(token[..first]);
        var payloadBytes = DecodePart(token[(first + 1)..second]);
        var signaturePart = token[(second + 1)..];
        var signature = signaturePart.Length == 0 ? [] : DecodePart(signaturePart);
        if (headerBytes is null || payloadBytes is null || signature is null)
        {
            problem = "A part of the JWS is not base64url without padding.";
            return null;
        }

        var header = ParseObject(headerBytes, "header", out problem);
        var payload = header is null ? null : ParseObject(payloadBytes, "payload", out problem);
        if (header is null || payload is null)
        {
            return null;
        }

        problem = "";
        return new CompactJws(header, payloadBytes, payload, signature, token[..second].ToArray());
    }

    /// <summary>The bytes of one part, or null when it is empty, padded, has characters outside the base64url alphabet
    /// or is not the canonical encoding of its bytes (non-zero spare bits).</summary>
    public static byte[]? DecodePart(ReadOnlySpan<byte> part)
    {
        if (part.Length == 0 || part.Length % 4 == 1)
        {
            return null;
        }

        foreach (var b in part)
        {
            if (!(char.IsAsciiLetterOrDigit((char)b) || b == (byte)'-' || b == (byte)'_'))
            {
                return null;
            }
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromUtf8(part);
        }
        catch (FormatException)
        {
            return null;
        }

        return Base64Url.EncodeToUtf8(bytes).AsSpan().SequenceEqual(part) ? bytes : null;
    }

    /// <summary>Parses a JSON object strictly (UTF-8, no duplicate member, bounded depth); null with the reason otherwise.</summary>
    public static JsonObject? ParseObject(byte[] utf8, string what, out string problem)
    {
        try
        {
            // Strict UTF-8 first: the JSON reader would otherwise replace invalid sequences silently in strings.
            _ = new UTF8Encoding(false, true).GetCharCount(utf8);
            using var parsed = JsonDocument.Parse(utf8, Strict);
            if (parsed.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = $"The JWS {what} is not a JSON object.";
                return null;
            }

            problem = "";
            return JsonObject.Create(parsed.RootElement.Clone());
        }
        catch (Exception e) when (e is JsonException or DecoderFallbackException)
        {
            problem = $"The JWS {what} is not strict JSON: {e.Message.Split('.')[0]}.";
            return null;
        }
    }
}
