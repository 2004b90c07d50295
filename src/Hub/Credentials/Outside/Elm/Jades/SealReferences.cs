using System.Numerics;
using System.Security.Cryptography.X509Certificates;

namespace Exchange.Hub.Credentials.Outside.Elm.Jades;

/// <summary>
/// Whether a seal's certificate references name the certificate it carries: x5t#S256 is the SHA-256 of the x5c leaf,
/// and a kid that is an IssuerSerial names the leaf's issuer and serial number. A reference that names another
/// certificate is a header mismatch: the protected header would vouch for one certificate while the seal verifies
/// with another.
/// </summary>
public static class SealReferences
{
    public sealed record Finding(string? Mismatch, IReadOnlyList<string> Notes);

    public static Finding Check(JadesHeader header, X509Certificate2? leaf)
    {
        ArgumentNullException.ThrowIfNull(header);
        var notes = new List<string>();
        if (leaf is null)
        {
            notes.Add("The seal carries no certificate (no x5c), only its references (x5t#S256, kid); its key is looked for among the issuer's registered keys.");
            return new Finding(null, notes);
        }

        var subject = SealCertificate.Describe(leaf.SubjectName);
        if (header.CertificateThumbprint is { } thumbprint)
        {
            if (!thumbprint.AsSpan().SequenceEqual(SealCertificate.Thumbprint(leaf)))
            {
                return new Finding($"x5t#S256 is not the SHA-256 of the certificate the seal carries ({subject}): the header names another certificate.", notes);
            }

            notes.Add("x5t#S256 names the x5c leaf certificate.");
        }

        if (header.KeyId is { } kid)
        {
            if (IssuerSerial.TryRead(kid) is not { } named)
            {
                notes.Add("The kid is not an IssuerSerial (as JAdES writes it), so it is not compared with the certificate.");
            }
            else if (!named.Names(leaf))
            {
                var serial = new BigInteger(leaf.SerialNumberBytes.Span, isUnsigned: true, isBigEndian: true);
                return new Finding(
                    $"The kid names the certificate with serial {named.Serial:X} of {SealCertificate.Describe(named.Issuer)}, not the one the seal carries (serial {serial:X} of {SealCertificate.Describe(leaf.IssuerName)}).", notes);
            }
            else
            {
                notes.Add("The kid (IssuerSerial) names the x5c leaf certificate.");
            }
        }

        if (header.CertificateThumbprint is null && header.KeyId is null)
        {
            notes.Add("The protected x5c alone identifies the certificate (no x5t#S256 or kid).");
        }

        return new Finding(null, notes);
    }
}
