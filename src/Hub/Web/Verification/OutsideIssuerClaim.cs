using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Web.Verification;

/// <summary>The issuer a VC-JWT names (its id and, when the document gives one, its name), read only to say on the
/// check page who the document claims issued it; whether that claim holds is the checks' business.</summary>
public sealed record OutsideIssuerClaim(string Id, string? Name)
{
    /// <summary>The issuer of the OB 3.0 / VC-JOSE layout (the payload is the credential) or of the older layout
    /// (the credential in the <c>vc</c> claim), else the <c>iss</c> claim; null when the text is no JWS payload.</summary>
    public static OutsideIssuerClaim? Read(ReadOnlySpan<byte> document)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(document).Trim().Split('.');
            if (parts.Length != 3)
            {
                return null;
            }

            using var json = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(parts[1]), new JsonDocumentOptions { MaxDepth = 64 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var credential = root.TryGetProperty("vc", out var vc) && vc.ValueKind == JsonValueKind.Object ? vc : root;
            if (credential.TryGetProperty("issuer", out var issuer))
            {
                if (issuer.ValueKind == JsonValueKind.String)
                {
                    return new OutsideIssuerClaim(issuer.GetString()!, null);
                }

                if (issuer.ValueKind == JsonValueKind.Object && issuer.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    var name = issuer.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                    return new OutsideIssuerClaim(id.GetString()!, name);
                }
            }

            return root.TryGetProperty("iss", out var iss) && iss.ValueKind == JsonValueKind.String ? new OutsideIssuerClaim(iss.GetString()!, null) : null;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or DecoderFallbackException)
        {
            return null;
        }
    }
}
