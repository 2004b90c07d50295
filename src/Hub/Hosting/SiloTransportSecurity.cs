using System.Security.Cryptography.X509Certificates;
using Exchange.Hub.Security;
using Orleans.Connections.Security;

namespace Exchange.Hub.Hosting;

/// <summary>
/// Mutual TLS on every Orleans connection of the silo (silo to silo, and the gateway when enabled): each side
/// presents the hub's cluster certificate and accepts only that exact certificate from the other, so only holders of
/// the hub's keys folder can join the cluster or call its grains, and the traffic is encrypted.
/// </summary>
internal static class SiloTransportSecurity
{
    public static void Configure(ISiloBuilder silo, X509Certificate2 clusterCertificate, string hubId)
    {
        var hostName = SiloClusterCertificate.HostNameOf(hubId);
        silo.UseTls(clusterCertificate, tls =>
        {
            tls.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
            tls.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
            // The certificate is self-signed, so the chain cannot vouch for it; pinning the exact certificate does.
            tls.RemoteCertificateValidation = (certificate, _, _) => IsClusterCertificate(certificate, clusterCertificate);
            tls.OnAuthenticateAsClient = (_, client) => client.TargetHost = hostName;
        });
    }

    public static bool IsClusterCertificate(X509Certificate2 presented, X509Certificate2 clusterCertificate) =>
        presented.RawData.AsSpan().SequenceEqual(clusterCertificate.RawData);
}
