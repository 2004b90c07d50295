using System.Text.Json;

namespace Exchange.Hub.Credentials.Outside;

/// <summary>
/// Tells a credential document's format from its bytes, and names the media type and file extension of each format:
/// for the forms that take a file without asking which kind it is, and for the download that gives it back. Detection
/// only sorts; whether the document is valid is its reader's business.
/// </summary>
public static class OutsideFormats
{
    /// <summary>Deep enough to see the top-level members of any credential; a deeper document is not one we sort.</summary>
    private static readonly JsonDocumentOptions Shallow = new() { MaxDepth = 64 };

    /// <summary>
    /// A compact JWS → VC-JWT; a JSON object with <c>payload</c> and <c>signatures</c> (general JWS JSON) or
    /// <c>signature</c> and <c>protected</c> (flattened) → a JAdES-sealed EDC; another JSON object with a <c>proof</c>
    /// → a credential with an embedded Data Integrity proof; XML, or base64 of gzipped data (EMREX's transport form of
    /// an ELMO file) → ELMO. Null when it is none of them.
    /// </summary>
    public static OutsideFormat? Detect(ReadOnlySpan<byte> document)
    {
        var text = Trim(document);
        if (text.IsEmpty)
        {
            return null;
        }

        return text[0] switch
        {
            (byte)'<' => OutsideFormat.ElmoXml,
            (byte)'{' => DetectJson(text),
            _ when IsGzipBase64(text) => OutsideFormat.ElmoXml,
            _ => IsCompactJws(text) ? OutsideFormat.VcJwt : null,
        };
    }

    /// <summary>The media type a document of <paramref name="format"/> is served as.</summary>
    public static string MediaType(OutsideFormat format) => format switch
    {
        OutsideFormat.VcJwt => "application/vc+jwt",
        OutsideFormat.VcJsonLd => "application/vc+ld+json",
        OutsideFormat.ElmJades => "application/jose+json",
        OutsideFormat.ElmoXml => "application/xml",
        _ => "application/octet-stream",
    };

    /// <summary>The extension (without the dot) a file of <paramref name="format"/> is saved with.</summary>
    public static string FileExtension(OutsideFormat format) => format switch
    {
        OutsideFormat.VcJwt => "jwt",
        OutsideFormat.VcJsonLd => "jsonld",
        OutsideFormat.ElmJades => "json",
        OutsideFormat.ElmoXml => "xml",
        _ => "bin",
    };

    /// <summary>The file types a form's file field offers (extensions and media types), for its <c>accept</c>.</summary>
    public static string Accept { get; } = string.Join(',',
        Enum.GetValues<OutsideFormat>().Select(f => "." + FileExtension(f))
            .Concat([".txt"])
            .Concat(Enum.GetValues<OutsideFormat>().Select(MediaType))
            .Concat(["application/json", "application/ld+json", "text/xml", "text/plain"])
            .Distinct(StringComparer.Ordinal));

    /// <summary>Without a UTF-8 byte order mark and surrounding white space (an editor's line break).</summary>
    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> document)
    {
        if (document.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            document = document[3..];
        }

        return document.Trim(" \t\r\n"u8);
    }

    private static OutsideFormat? DetectJson(ReadOnlySpan<byte> text)
    {
        try
        {
            using var json = JsonDocument.Parse(text.ToArray(), Shallow);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var hasPayload = root.TryGetProperty("payload", out _);
            if (hasPayload && (root.TryGetProperty("signatures", out _) || (root.TryGetProperty("signature", out _) && root.TryGetProperty("protected", out _))))
            {
                return OutsideFormat.ElmJades;
            }

            return root.TryGetProperty("proof", out _) ? OutsideFormat.VcJsonLd : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Base64 text (line breaks allowed) whose bytes start with gzip's magic number 1F 8B 08, which base64
    /// writes as "H4sI".</summary>
    private static bool IsGzipBase64(ReadOnlySpan<byte> text)
    {
        if (!text.StartsWith("H4sI"u8))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit((char)c) || c is (byte)'+' or (byte)'/' or (byte)'=' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Three parts of base64url characters separated by two dots, the header not empty.</summary>
    private static bool IsCompactJws(ReadOnlySpan<byte> text)
    {
        var dots = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (!(char.IsAsciiLetterOrDigit((char)c) || c == '-' || c == '_'))
            {
                return false;
            }
        }

        return dots == 2 && text[0] != '.';
    }
}
