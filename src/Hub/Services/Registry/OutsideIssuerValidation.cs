using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Exchange.Contracts.V1;
using Exchange.Hub.Rpc;

namespace Exchange.Hub.Services.Registry;

/// <summary>
/// The field rules of an institution's entry on the trust list of outside issuers: each outside issuer id is an
/// absolute https URL or a DID, given once (uniqueness across the hub is the directory's question, asked by the
/// service); each certificate root is a DER X.509 certificate of a certification authority, since a leaf cannot be
/// the root a signing certificate chains to.
/// </summary>
public static class OutsideIssuerValidation
{
    public const int MaxIssuerIdLength = 512;

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
                violations.Add(field, "An outside issuer id is an absolute https URL (e.g. https://badges.uni.example/issuer) or a DID (did:method:id).");
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

    /// <summary>An absolute https URL with a host and no fragment, or <c>did:method:specific-id</c>.</summary>
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

        return Uri.TryCreate(id, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0 && uri.Fragment.Length == 0;
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
