using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Exchange.Hub.Credentials.Outside.Elm.Jades;

/// <summary>What a seal's leaf certificate says about the sealing organisation: its organisationIdentifier (OID
/// 2.5.4.97, ETSI EN 319 412-1 §5.1.4, e.g. VATLV-40000000000) and organisation name (O), and its subject for the
/// report.</summary>
public sealed record SealCertificate(string Subject, string Issuer, string? OrganizationIdentifier, string? Organization, DateTimeOffset NotBefore, DateTimeOffset NotAfter)
{
    /// <summary>The attributes that name a sealing organisation, in the order a reader looks for them.</summary>
    private static readonly (string Oid, string Label)[] Naming =
        [("2.5.4.3", "CN"), ("2.5.4.10", "O"), ("2.5.4.97", "organizationIdentifier"), ("2.5.4.6", "C")];

    private const string OrganizationIdentifierOid = "2.5.4.97";
    private const string OrganizationOid = "2.5.4.10";

    public static SealCertificate Of(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return new SealCertificate(
            Describe(certificate.SubjectName),
            Describe(certificate.IssuerName),
            Attribute(certificate.SubjectName, OrganizationIdentifierOid),
            Attribute(certificate.SubjectName, OrganizationOid),
            new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero));
    }

    /// <summary>Whether the certificate's window covers <paramref name="instant"/>.</summary>
    public bool ValidAt(DateTimeOffset instant) => NotBefore <= instant && instant <= NotAfter;

    /// <summary>SHA-256 of the certificate's DER, what x5t#S256 carries.</summary>
    public static byte[] Thumbprint(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return SHA256.HashData(certificate.RawData);
    }

    /// <summary>A distinguished name in words a report can hold: CN, O, organizationIdentifier and C first (the
    /// full name of a qualified seal runs past what a report shows), else the name as .NET writes it, cut.</summary>
    public static string Describe(X500DistinguishedName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = Naming.Select(n => (n.Label, Value: Attribute(name, n.Oid))).Where(p => p.Value is not null).Select(p => $"{p.Label}={OutsideChecks.Cut(p.Value!, 60)}").ToList();
        return parts.Count > 0 ? string.Join(", ", parts) : OutsideChecks.Cut(name.Name);
    }

    private static string? Attribute(X500DistinguishedName name, string oid)
    {
        foreach (var rdn in name.EnumerateRelativeDistinguishedNames())
        {
            if (!rdn.HasMultipleElements && rdn.GetSingleElementType().Value == oid)
            {
                return rdn.GetSingleElementValue();
            }
        }

        return null;
    }
}
