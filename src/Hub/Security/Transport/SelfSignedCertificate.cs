using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Exchange.Hub.Security.Transport;

/// <summary>
/// A self-signed TLS certificate for a key the hub holds. Nobody trusts it through a chain: peers pin the server
/// certificate's key, silos the exact cluster certificate. So it carries only what TLS stacks check: the names, an
/// end-entity constraint and the usages.
/// </summary>
internal static class SelfSignedCertificate
{
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2");

    /// <param name="names">The DNS names and IP addresses the certificate answers for.</param>
    /// <param name="clientToo">Whether it also serves as a client certificate (mutual TLS between silos).</param>
    public static X509Certificate2 Create(ECDsa key, string commonName, IEnumerable<string> names, bool clientToo, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var request = new CertificateRequest(new X500DistinguishedName($"CN={commonName}"), key, HashAlgorithmName.SHA256);
        var alternativeNames = new SubjectAlternativeNameBuilder();
        foreach (var name in names)
        {
            if (IPAddress.TryParse(name, out var address))
            {
                alternativeNames.AddIpAddress(address);
            }
            else
            {
                alternativeNames.AddDnsName(name);
            }
        }

        request.CertificateExtensions.Add(alternativeNames.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        OidCollection usages = clientToo ? [ServerAuthentication, ClientAuthentication] : [ServerAuthentication];
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(usages, false));
        return request.CreateSelfSigned(notBefore, notAfter);
    }
}
