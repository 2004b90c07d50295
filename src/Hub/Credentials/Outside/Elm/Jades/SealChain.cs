using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Exchange.Hub.Credentials.Outside.Elm.Jades;

/// <summary>The certificates of x5c, leaf first, loaded as X.509 (the caller disposes them).</summary>
public static class SealChain
{
    /// <summary>The loaded chain (empty when the seal carries no x5c), or null with the problem.</summary>
    public static List<X509Certificate2>? TryLoad(IReadOnlyList<byte[]>? chain, out string problem)
    {
        var loaded = new List<X509Certificate2>();
        for (var i = 0; i < (chain?.Count ?? 0); i++)
        {
            try
            {
                loaded.Add(X509CertificateLoader.LoadCertificate(chain![i]));
            }
            catch (CryptographicException)
            {
                foreach (var certificate in loaded)
                {
                    certificate.Dispose();
                }

                problem = $"Certificate {i + 1} of x5c is not a DER X.509 certificate.";
                return null;
            }
        }

        problem = "";
        return loaded;
    }
}
