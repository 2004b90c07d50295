using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Exchange.Hub.Credentials.Outside.Elmo;

/// <summary>
/// The public keys an ELMO signature may be checked with, and the check itself: a trust-list key as
/// SubjectPublicKeyInfo (RSA of at least 2048 bits or ECDSA on P-256/384/521; Ed25519 keys cannot sign XMLDSig and
/// are skipped), the certificates in KeyInfo (X509Data), and whether a certificate chains to an issuer's registered
/// roots offline (no downloads, no revocation fetch) at the signing time.
/// </summary>
public static class ElmoSignatureKeys
{
    public const int MinRsaBits = 2048;

    private const int MaxCertificates = 8;

    /// <summary>The key in <paramref name="spki"/> when it is of <paramref name="family"/>; null otherwise.
    /// <paramref name="refused"/> names a key of the right family the policy refuses (RSA below 2048 bits).</summary>
    public static AsymmetricAlgorithm? FromSpki(byte[] spki, KeyFamily family, out string? refused)
    {
        refused = null;
        AsymmetricAlgorithm key = family == KeyFamily.Rsa ? RSA.Create() : ECDsa.Create();
        try
        {
            if (key is RSA rsa)
            {
                rsa.ImportSubjectPublicKeyInfo(spki, out _);
            }
            else
            {
                ((ECDsa)key).ImportSubjectPublicKeyInfo(spki, out _);
            }
        }
        catch (CryptographicException)
        {
            key.Dispose();
            return null;
        }

        if (family == KeyFamily.Rsa && key.KeySize < MinRsaBits)
        {
            refused = $"RSA-{key.KeySize}";
            key.Dispose();
            return null;
        }

        return key;
    }

    /// <summary>The certificates of the signature's KeyInfo (X509Data/X509Certificate), leaf first as the signer
    /// usually puts it; ones that do not parse are left out.</summary>
    public static IReadOnlyList<X509Certificate2> Certificates(XmlElement signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var certificates = new List<X509Certificate2>();
        var keyInfo = signature.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == "KeyInfo" && e.NamespaceURI == XmlSignatureAlgorithms.Dsig);
        foreach (var element in keyInfo?.GetElementsByTagName("X509Certificate", XmlSignatureAlgorithms.Dsig).OfType<XmlElement>().Take(MaxCertificates) ?? [])
        {
            try
            {
                certificates.Add(X509CertificateLoader.LoadCertificate(Convert.FromBase64String(element.InnerText.Trim())));
            }
            catch (Exception e) when (e is FormatException or CryptographicException)
            {
                // A certificate that does not parse is no key; the finding names that none verified.
            }
        }

        return certificates;
    }

    /// <summary>Whether the signature verifies with <paramref name="key"/> (false, not an exception, for a key the
    /// library cannot use).</summary>
    public static bool Verifies(SignedXml signature, AsymmetricAlgorithm key)
    {
        ArgumentNullException.ThrowIfNull(signature);
        try
        {
            return signature.CheckSignature(key);
        }
        catch (Exception e) when (e is CryptographicException or InvalidCastException or XmlException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="leaf"/> chains to one of <paramref name="roots"/> at <paramref name="at"/>, with
    /// the other KeyInfo certificates as intermediates.</summary>
    public static bool Chains(X509Certificate2 leaf, IReadOnlyList<X509Certificate2> others, IReadOnlyList<X509Certificate2> roots, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        if (roots.Count == 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots.ToArray());
        chain.ChainPolicy.ExtraStore.AddRange(others.Where(o => o != leaf).ToArray());
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        return chain.Build(leaf);
    }

    /// <summary>The certificate's public key as SubjectPublicKeyInfo, to find it among the trust list's keys.</summary>
    public static byte[] Spki(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.PublicKey.ExportSubjectPublicKeyInfo();
    }
}
