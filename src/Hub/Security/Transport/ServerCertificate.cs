using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Exchange.Hub.Hosting;
using Exchange.Hub.Signing.KeyRing;

namespace Exchange.Hub.Security.Transport;

/// <summary>
/// The certificate the hub serves gRPC and REST with. An operator's certificate (Hub:TlsCertificateFile and
/// Hub:TlsKeyFile, PEM) when configured; otherwise a self-signed P-256 certificate the hub creates once in its keys
/// folder (<c>tls-certificate.pem</c>, key in <c>tls-key.pem</c>, 0600), so a newcomer's hub is encrypted from the
/// first start. Peers never trust it through a CA: they pin its key (<see cref="TlsKeyPin"/>) in their federation file.
/// </summary>
public static class ServerCertificate
{
    public const string CertificateFileName = "tls-certificate.pem";
    public const string KeyFileName = "tls-key.pem";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(2 * 365);

    public static X509Certificate2 LoadFor(HubOptions hub, string contentRoot, TimeProvider time)
    {
        if (!string.IsNullOrWhiteSpace(hub.TlsCertificateFile) && !string.IsNullOrWhiteSpace(hub.TlsKeyFile))
        {
            return X509Certificate2.CreateFromPemFile(Resolve(hub.TlsCertificateFile, contentRoot), Resolve(hub.TlsKeyFile, contentRoot));
        }

        return LoadOrCreate(hub.ResolveKeysFolder(contentRoot), hub.HubId, NamesFor(hub), time);
    }

    /// <summary>Loads the certificate kept in <paramref name="keysFolder"/>, creating it first if there is none.
    /// An existing certificate is kept as it is, whatever <paramref name="names"/> say: its key is what peers pin.</summary>
    public static X509Certificate2 LoadOrCreate(string keysFolder, string hubId, IEnumerable<string> names, TimeProvider time)
    {
        var certificatePath = Path.Combine(keysFolder, CertificateFileName);
        var keyPath = Path.Combine(keysFolder, KeyFileName);
        if (!File.Exists(certificatePath))
        {
            using var key = KeyFile.LoadOrCreate(keyPath);
            Create(certificatePath, key, hubId, names, time);
        }

        return X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
    }

    /// <summary>Every name a client may use for this hub: loopback, the hub id (a container's service name), and the
    /// host of its public endpoint and listen address.</summary>
    public static IReadOnlyList<string> NamesFor(HubOptions hub)
    {
        var names = new List<string> { "localhost", "127.0.0.1", "::1", hub.HubId };
        if (Uri.TryCreate(hub.PublicGrpcEndpoint, UriKind.Absolute, out var endpoint))
        {
            names.Add(endpoint.IdnHost);
        }

        if (IPAddress.TryParse(hub.ListenAddress, out var listen) && !listen.Equals(IPAddress.Any) && !listen.Equals(IPAddress.IPv6Any))
        {
            names.Add(listen.ToString());
        }

        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static void Create(string path, ECDsa key, string hubId, IEnumerable<string> names, TimeProvider time)
    {
        var now = time.GetUtcNow();
        using var certificate = SelfSignedCertificate.Create(key, hubId, names, clientToo: false, now.AddMinutes(-5), now.Add(Lifetime));

        // Silos of one hub starting together share the key file; only the first certificate written wins, the others
        // read it (both were made with the same key, so either is right).
        PrivateFile.WriteNew(path, certificate.ExportCertificatePem());
    }

    private static string Resolve(string path, string contentRoot) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(contentRoot, path));
}
