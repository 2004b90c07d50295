using System.Security.Cryptography.X509Certificates;
using Exchange.Hub.Security.Transport;
using Exchange.Hub.Signing;

namespace Exchange.Hub.Security;

/// <summary>
/// The certificate every silo of one hub presents to the others (and to an opted-in gateway client): a self-signed
/// P-256 certificate with its private key, in one PEM file of the keys folder. Silos accept exactly this certificate
/// from their peers, so sharing Hub:KeysFolder is what makes silos members of the same hub. Created on first use,
/// like the hub's other keys.
/// </summary>
public static class SiloClusterCertificate
{
    public const string FileName = "silo-cluster.pem";

    public static X509Certificate2 LoadOrCreate(string keysFolder, string hubId, TimeProvider time)
    {
        var path = Path.Combine(keysFolder, FileName);
        if (!File.Exists(path))
        {
            Create(path, hubId, time.GetUtcNow());
        }

        var pem = File.ReadAllText(path);
        using var ephemeral = X509Certificate2.CreateFromPem(pem, pem);
        // SslStream needs the key in a form the platform's TLS stack can use as a server; a PKCS#12 round trip gives it.
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>The name a silo asks for when it connects to another one (TLS SNI); the certificate carries it.</summary>
    public static string HostNameOf(string hubId) => $"{hubId}.silo.exchange";

    private static void Create(string path, string hubId, DateTimeOffset now)
    {
        PrivateFolder.Ensure(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var key = Es256.CreateKey();
        // Peers pin the exact certificate rather than a chain, so a long life costs nothing; rotation replaces the file.
        using var certificate = SelfSignedCertificate.Create(key, HostNameOf(hubId), [HostNameOf(hubId)], clientToo: true, now.AddDays(-1), now.AddYears(10));
        var text = certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem() + "\n";
        PrivateFile.WriteNew(path, text);
    }
}
