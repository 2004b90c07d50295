using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>
/// A made-up sealing organisation of European Digital Credentials, for the walkthrough only: "Demo Europass Issuer" in
/// Latvia, with an e-seal certificate from a made-up certification authority ("Demo Seal CA"). On the first launch it
/// generates the CA (a self-signed root whose key signs the one seal certificate and is not kept) and the seal key and
/// certificate, whose subject carries the organisation identifier (OID 2.5.4.97) the credential's
/// <c>issuer.eIDASIdentifier</c> states; all kept as PEM in the run's data folder. The national centre registers the
/// CA's root certificate as the institution's certificate root; the seal certificate travels in each seal's
/// <c>x5c</c>.
/// </summary>
internal sealed class DemoEuropassIssuer : IDisposable
{
    public const string Name = "Demo Europass Issuer";

    /// <summary>The credential's <c>issuer.id</c> and the outside issuer id on the trust list.</summary>
    public const string IssuerId = "urn:epass:org:demo-europass-issuer";

    /// <summary>Its legal identifier (an eIDAS-style VAT identifier, made up): the seal certificate's organizationIdentifier.</summary>
    public const string OrganizationIdentifier = "VATLV-40000000001";

    /// <summary>Its entry in hub-lv's registry.</summary>
    public const string InstitutionId = "LV-DEMO-EUROPASS";

    private const string OrganizationIdentifierOid = "2.5.4.97";
    private readonly RSA _sealKey;

    private DemoEuropassIssuer(RSA sealKey, X509Certificate2 seal, X509Certificate2 root, string folder)
    {
        _sealKey = sealKey;
        SealCertificate = seal;
        RootCertificate = root;
        Folder = folder;
    }

    public X509Certificate2 SealCertificate { get; }

    public X509Certificate2 RootCertificate { get; }

    public string Folder { get; }

    public string SealKeyFile => Path.Combine(Folder, "seal-key.pem");

    public string RootFile => Path.Combine(Folder, "demo-seal-ca.pem");

    public static DemoEuropassIssuer LoadOrCreate(string dataRoot, DateTimeOffset now)
    {
        var folder = Path.Combine(dataRoot, "demo-europass-issuer");
        var (rootFile, sealFile, keyFile) = (Path.Combine(folder, "demo-seal-ca.pem"), Path.Combine(folder, "seal-certificate.pem"), Path.Combine(folder, "seal-key.pem"));
        var key = RSA.Create(3072);
        try
        {
            if (DemoKeyFiles.Read(keyFile) is { } keyPem && DemoKeyFiles.Read(sealFile) is { } sealPem && DemoKeyFiles.Read(rootFile) is { } rootPem)
            {
                key.ImportFromPem(keyPem);
                return new DemoEuropassIssuer(key, X509Certificate2.CreateFromPem(sealPem), X509Certificate2.CreateFromPem(rootPem), folder);
            }

            var (root, seal) = Issue(key, now);
            DemoKeyFiles.WritePublic(rootFile, root.ExportCertificatePem());
            DemoKeyFiles.WritePublic(sealFile, seal.ExportCertificatePem());
            DemoKeyFiles.WritePrivate(keyFile, key.ExportPkcs8PrivateKeyPem());
            return new DemoEuropassIssuer(key, seal, root, folder);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>The JAdES seal of <paramref name="credential"/> (its UTF-8 JSON).</summary>
    public string Seal(byte[] credential, DateTimeOffset signedAt) => JadesSealer.Seal(credential, _sealKey, SealCertificate, signedAt);

    public void Dispose()
    {
        _sealKey.Dispose();
        SealCertificate.Dispose();
        RootCertificate.Dispose();
    }

    /// <summary>A root valid ten years and a seal certificate for the organisation valid three, both from yesterday.</summary>
    private static (X509Certificate2 Root, X509Certificate2 Seal) Issue(RSA sealKey, DateTimeOffset now)
    {
        var from = now.AddDays(-1);
        using var caKey = RSA.Create(3072);
        var ca = new CertificateRequest("CN=Demo Seal CA, O=Demo Trust Services (not a real CA), C=LV", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        ca.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        ca.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        ca.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(ca.PublicKey, false));
        using var rootWithKey = ca.CreateSelfSigned(from, from.AddYears(10));

        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("LV");
        subject.Add(OrganizationIdentifierOid, OrganizationIdentifier, UniversalTagNumber.UTF8String);
        subject.AddOrganizationName(Name);
        subject.AddCommonName(Name);
        var leaf = new CertificateRequest(subject.Build(), sealKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        leaf.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        leaf.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        leaf.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(leaf.PublicKey, false));
        leaf.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(rootWithKey, true, false));
        var seal = leaf.Create(rootWithKey, from, from.AddYears(3), RandomNumberGenerator.GetBytes(16));
        // The root without its private key: the demo CA signs this one certificate and nothing else.
        return (X509CertificateLoader.LoadCertificate(rootWithKey.RawData), seal);
    }
}
