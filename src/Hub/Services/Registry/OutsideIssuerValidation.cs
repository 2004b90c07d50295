using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Exchange.Contracts.V1;
using Exchange.Hub.Rpc;

namespace Exchange.Hub.Services.Registry;

/// <summary>
/// The field rules of an institution's entry on the trust list of outside issuers: each outside issuer id is an
/// absolute https URL, a DID, a URN (as EDC issuers are named), or an ELMO issuer identifier (<c>schac:</c> and the
/// SCHAC home organisation, <c>pic:</c> and the Erasmus+ PIC), given once (uniqueness across the hub is the directory's question, asked by the
/// service); each certificate root is a DER X.509 certificate of a certification authority, since a leaf cannot be
/// the root a signing certificate chains to.
/// </summary>
public static class OutsideIssuerValidation
{
    public const int MaxIssuerIdLength = 512;

    public const string IssuerIdProblem = "An outside issuer id is an absolute https URL (e.g. https://badges.uni.example/issuer), a DID (did:method:id), "
        + "a URN (urn:nid:nss, e.g. urn:epass:org:…), schac: and a DNS name in lower case (schac:uni.example, an ELMO issuer's SCHAC code) "
        + "or pic: and digits (pic:999999999, an Erasmus+ PIC).";

    private const int MaxDnsNameLength = 253;
    private const int MaxPicDigits = 12;

    public static void Check(Institution institution, string prefix, FieldViolations violations)
    {
        ArgumentNullException.ThrowIfNull(institution);
        ArgumentNullException.ThrowIfNull(violations);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < institution.OutsideIssuerIds.Count; i++)
        {
            var id = institution.OutsideIssuerIds[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"{prefix}.outside_issuer_ids[{i}]");
            if (!IsIssuerId(id))
            {
                violations.Add(field, IssuerIdProblem);
            }
            else if (!seen.Add(id))
            {
                violations.Add(field, $"{id} is listed twice.");
            }
        }

        for (var i = 0; i < institution.CertificateRoots.Count; i++)
        {
            if (CaProblem(institution.CertificateRoots[i].Span) is { } problem)
            {
                violations.Add(string.Create(CultureInfo.InvariantCulture, $"{prefix}.certificate_roots[{i}]"), problem);
            }
        }
    }

    /// <summary>An absolute https URL with a host and no fragment, <c>did:method:specific-id</c>, <c>urn:nid:nss</c>
    /// (RFC 8141, without query or fragment parts), <c>schac:</c> and a DNS name, or <c>pic:</c> and digits. Ids are
    /// compared exactly, so the ELMO forms are taken as their readers write them: the prefix and the name in lower case.</summary>
    public static bool IsIssuerId(string id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIssuerIdLength || id.Any(char.IsWhiteSpace))
        {
            return false;
        }

        if (id.StartsWith("did:", StringComparison.Ordinal))
        {
            var parts = id.Split(':', 3);
            return parts.Length == 3 && parts[1].Length > 0 && parts[1].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) && parts[2].Length > 0;
        }

        if (id.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            return IsUrn(id[4..]);
        }

        if (id.StartsWith("schac:", StringComparison.Ordinal))
        {
            return IsDnsName(id[6..]);
        }

        if (id.StartsWith("pic:", StringComparison.Ordinal))
        {
            return id.Length > 4 && id.Length - 4 <= MaxPicDigits && id[4..].All(char.IsAsciiDigit);
        }

        return Uri.TryCreate(id, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0 && uri.Fragment.Length == 0;
    }

    /// <summary>RFC 8141 after <c>urn:</c>: a NID of 2–32 letters, digits and hyphens (no hyphen at either end), a
    /// colon, and a non-empty NSS of pchars and slashes (percent-encodings well formed); an r-, q- or f-component
    /// (<c>?+</c>, <c>?=</c>, <c>#</c>) names no issuer and is refused.</summary>
    private static bool IsUrn(string rest)
    {
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon < 2 || colon > 32)
        {
            return false;
        }

        var nid = rest[..colon];
        var nss = rest[(colon + 1)..];
        if (!nid.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || nid[0] == '-' || nid[^1] == '-' || nss.Length == 0 || nss[0] == '/')
        {
            return false;
        }

        for (var i = 0; i < nss.Length; i++)
        {
            var c = nss[i];
            if (c == '%')
            {
                if (i + 2 >= nss.Length || !char.IsAsciiHexDigit(nss[i + 1]) || !char.IsAsciiHexDigit(nss[i + 2]))
                {
                    return false;
                }

                i += 2;
            }
            else if (!(char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A DNS name of at least two labels, each 1–63 lower-case letters, digits and hyphens (no hyphen at
    /// either end).</summary>
    private static bool IsDnsName(string name)
    {
        if (name.Length == 0 || name.Length > MaxDnsNameLength)
        {
            return false;
        }

        var labels = name.Split('.');
        return labels.Length >= 2 && labels.All(l =>
            l.Length is > 0 and <= 63 && l[0] != '-' && l[^1] != '-' && l.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'));
    }

    /// <summary>Why the bytes are not a CA certificate, or null when they are.</summary>
    public static string? CaProblem(ReadOnlySpan<byte> der)
    {
        if (der.IsEmpty)
        {
            return "The certificate is empty.";
        }

        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(der);
            var constraints = certificate.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault();
            return constraints is { CertificateAuthority: true } ? null
                : "The certificate is not a certification authority's (basic constraints cA is not set); give the root the signing certificates chain to.";
        }
        catch (CryptographicException)
        {
            return "The bytes are not a DER X.509 certificate.";
        }
    }
}
