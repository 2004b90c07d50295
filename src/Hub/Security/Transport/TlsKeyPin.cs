using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Exchange.Hub.Security.Transport;

/// <summary>
/// The pin of a TLS server key: base64 SHA-256 of the certificate's SubjectPublicKeyInfo (the form of curl's
/// <c>--pinnedpubkey sha256//…</c>). The key is pinned rather than the certificate, so a hub can renew its
/// certificate (new names, new expiry) on the same key without every peer editing its federation file.
/// </summary>
public static class TlsKeyPin
{
    public static string Of(X509Certificate2 certificate) =>
        Convert.ToBase64String(SHA256.HashData(certificate.PublicKey.ExportSubjectPublicKeyInfo()));

    public static bool IsPinned(X509Certificate2 certificate, IReadOnlyCollection<string> pins) =>
        pins.Contains(Of(certificate), StringComparer.Ordinal);
}
