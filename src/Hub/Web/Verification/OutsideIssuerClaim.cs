using System.Text;
using System.Text.Json;
using System.Xml;
using Exchange.Hub.Credentials.Outside;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Web.Verification;

/// <summary>The issuer a credential document names (its id and, when the document gives one, its name), read only to
/// say on the check page who the document claims issued it; whether that claim holds is the checks' business. Each
/// format names it in its own place, under the id its trust list entry has.</summary>
public sealed record OutsideIssuerClaim(string Id, string? Name)
{
    private static readonly JsonDocumentOptions Bounded = new() { MaxDepth = 64 };

    /// <summary>The issuer of a document of whatever format it is (see <see cref="OutsideFormats.Detect"/>); null when
    /// the format is not recognised or the document names none.</summary>
    public static OutsideIssuerClaim? Read(ReadOnlySpan<byte> document) =>
        OutsideFormats.Detect(document) is { } format ? Read(format, document) : null;

    /// <summary>
    /// VC-JWT: the issuer of the OB 3.0 / VC-JOSE layout (the payload is the credential) or of the older layout (the
    /// credential in the <c>vc</c> claim), else the <c>iss</c> claim. Data Integrity: the credential's issuer. EDC:
    /// the sealed payload's issuer (the sealer) and its legal name. ELMO: the first report's issuer as
    /// <c>schac:</c> or <c>pic:</c> and its identifier, with its title. Null when the document is unreadable.
    /// </summary>
    public static OutsideIssuerClaim? Read(OutsideFormat format, ReadOnlySpan<byte> document)
    {
        try
        {
            return format switch
            {
                OutsideFormat.VcJwt => FromJwt(document),
                OutsideFormat.VcJsonLd => FromJson(document.ToArray()),
                OutsideFormat.ElmJades => FromJades(document.ToArray()),
                OutsideFormat.ElmoXml => FromElmo(document.ToArray()),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or DecoderFallbackException or XmlException or InvalidOperationException)
        {
            return null;
        }
    }

    private static OutsideIssuerClaim? FromJwt(ReadOnlySpan<byte> document)
    {
        var parts = Encoding.UTF8.GetString(document).Trim().Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        using var json = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(parts[1]), Bounded);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var credential = root.TryGetProperty("vc", out var vc) && vc.ValueKind == JsonValueKind.Object ? vc : root;
        return Issuer(credential)
            ?? (root.TryGetProperty("iss", out var iss) && iss.ValueKind == JsonValueKind.String ? new OutsideIssuerClaim(iss.GetString()!, null) : null);
    }

    private static OutsideIssuerClaim? FromJson(byte[] document)
    {
        using var json = JsonDocument.Parse(document, Bounded);
        return json.RootElement.ValueKind == JsonValueKind.Object ? Issuer(json.RootElement) : null;
    }

    /// <summary>The payload is the credential's JSON text as the member's string (RFC 7797, b64 false), or that text
    /// base64url-encoded.</summary>
    private static OutsideIssuerClaim? FromJades(byte[] document)
    {
        using var json = JsonDocument.Parse(document, Bounded);
        if (!json.RootElement.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = payload.GetString()!;
        var bytes = text.TrimStart().StartsWith('{') ? Encoding.UTF8.GetBytes(text) : Base64UrlEncoder.DecodeBytes(text);
        return FromJson(bytes);
    }

    private static OutsideIssuerClaim? Issuer(JsonElement credential)
    {
        if (!credential.TryGetProperty("issuer", out var issuer))
        {
            return null;
        }

        if (issuer.ValueKind == JsonValueKind.String)
        {
            return new OutsideIssuerClaim(issuer.GetString()!, null);
        }

        if (issuer.ValueKind == JsonValueKind.Object && issuer.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            return new OutsideIssuerClaim(id.GetString()!, TextOf(issuer, "name") ?? TextOf(issuer, "legalName"));
        }

        return null;
    }

    /// <summary>A plain string, or the first text of a language map (ELM) or language value (VC 2.0).</summary>
    private static string? TextOf(JsonElement issuer, string member)
    {
        if (!issuer.TryGetProperty(member, out var name))
        {
            return null;
        }

        return name.ValueKind switch
        {
            JsonValueKind.String => name.GetString(),
            JsonValueKind.Object when name.TryGetProperty("@value", out var value) && value.ValueKind == JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => name.EnumerateObject().Select(p => p.Value).FirstOrDefault(v => v.ValueKind == JsonValueKind.String).GetString(),
            JsonValueKind.Array => name.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()
                : v.ValueKind == JsonValueKind.Object && v.TryGetProperty("@value", out var inner) && inner.ValueKind == JsonValueKind.String ? inner.GetString() : null)
                .FirstOrDefault(t => t is not null),
            _ => null,
        };
    }

    /// <summary>The first report's issuer; no DTD is read and nothing is resolved.</summary>
    private static OutsideIssuerClaim? FromElmo(byte[] document)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = document.Length * 2L + 1024,
            IgnoreComments = true,
        };
        using var stream = new MemoryStream(document);
        using var reader = XmlReader.Create(stream, settings);
        var path = new Stack<string>();
        string? schac = null, pic = null, title = null;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                var closed = path.Pop();
                if (closed == "issuer" && path.TryPeek(out var parent) && parent == "report")
                {
                    break;
                }

                reader.Read();
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            var inIssuer = path.Count >= 2 && path.Peek() == "issuer" && path.ElementAt(1) == "report";
            if (inIssuer && reader.LocalName is ("identifier" or "title") && !reader.IsEmptyElement)
            {
                var (name, type) = (reader.LocalName, reader.GetAttribute("type"));
                // Reads the text and moves past the element's end.
                var value = reader.ReadElementContentAsString().Trim();
                if (value.Length > 0)
                {
                    schac ??= name == "identifier" && type == "schac" ? value : null;
                    pic ??= name == "identifier" && type == "pic" ? value : null;
                    title ??= name == "title" ? value : null;
                }

                continue;
            }

            if (!reader.IsEmptyElement)
            {
                path.Push(reader.LocalName);
            }

            reader.Read();
        }

        return schac is not null ? new OutsideIssuerClaim("schac:" + schac, title)
            : pic is not null ? new OutsideIssuerClaim("pic:" + pic, title)
            : null;
    }
}
