using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Exchange.Hub.Security.Transport;

namespace Exchange.Hub.Federation.Client;

/// <summary>
/// Accepts a peer's TLS certificate only when its key is one pinned for that peer in the federation file: no CA,
/// no name check (the pin is the identity, exchanged out of band with the attestation key). Remembers the key it
/// refused, so the failed call can say so instead of a bare "connection failed".
/// </summary>
public sealed class PinnedServerCertificate(IReadOnlyCollection<string> pins)
{
    private volatile string? _refusedPin;

    /// <summary>The pin of the last certificate refused, or null once a pinned one was presented.</summary>
    public string? RefusedPin => _refusedPin;

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null)
        {
            return false;
        }

        using var presented = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        if (TlsKeyPin.IsPinned(presented, pins))
        {
            _refusedPin = null;
            return true;
        }

        _refusedPin = TlsKeyPin.Of(presented);
        return false;
    }
}
