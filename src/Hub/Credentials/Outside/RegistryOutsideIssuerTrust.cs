using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Institutions;
using Exchange.Hub.Grains;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Hosting;
using Exchange.Hub.Trust;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Credentials.Outside;

/// <summary>
/// The trust list of outside issuers as the registry keeps it: an institution of this hub registered under the
/// issuer id first (Source = this hub's id), then the same entry in a pinned peer's signed institution list (Source =
/// the peer's id), so an issuer one hub of the federation vouches for is trusted across it. Keys are the registered
/// ones (ES256 or RS256) except keys still pending, with their windows and revocation; roots are the registered CA
/// certificates; the quality assurance basis is the newest recorded status.
/// </summary>
public sealed class RegistryOutsideIssuerTrust(IGrainFactory grains, PeerInstitutionKeyCache peers, IOptions<HubOptions> hub) : IOutsideIssuerTrust
{
    public async Task<TrustedIssuer?> FindAsync(string issuerId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(issuerId))
        {
            return null;
        }

        return await FindHereAsync(issuerId, cancellationToken)
            ?? (await peers.FindOutsideIssuerAsync(issuerId, cancellationToken) is { } found ? FromPeer(issuerId, found) : null);
    }

    private async Task<TrustedIssuer?> FindHereAsync(string issuerId, CancellationToken cancellationToken)
    {
        var institutionId = await grains.Keyed<IInstitutionDirectoryGrain>(RegistryDirectory.Key).FindOutsideIssuerAsync(issuerId, cancellationToken);
        if (institutionId is null
            || await grains.Keyed<IInstitutionGrain>(institutionId).GetAsync(cancellationToken) is not { } snapshot
            || !snapshot.Profile.OutsideIssuers.Contains(issuerId, StringComparer.Ordinal))
        {
            // Not listed, or the directory has not yet caught up with a change that removed it.
            return null;
        }

        var document = Institution.Parser.ParseFrom(snapshot.Profile.Document);
        var statuses = snapshot.QualityAssurance.Select(q => QualityAssuranceStatus.Parser.ParseFrom(q.Document)).ToList();
        var name = snapshot.Profile.Names.FirstOrDefault(n => n.Text.Length > 0)?.Text ?? institutionId;
        return new TrustedIssuer(issuerId, institutionId, name, snapshot.Profile.Country, hub.Value.HubId,
            Keys(snapshot.Keys), Roots(document.CertificateRoots.Select(r => r.ToByteArray())), Newest(statuses));
    }

    internal static TrustedIssuer FromPeer(string issuerId, PeerOutsideIssuerLookup found)
    {
        var (keys, issuer) = (found.Keys, found.Issuer);
        var name = issuer.Name.Values.FirstOrDefault(v => v.Text.Length > 0)?.Text ?? issuer.InstitutionId;
        return new TrustedIssuer(issuerId, issuer.InstitutionId, name, issuer.CountryCode, keys.HubId,
            Keys(keys.KeysOf(issuer.InstitutionId)), Roots(issuer.CertificateRoots), Newest(keys.QualityAssuranceOf(issuer.InstitutionId)));
    }

    /// <summary>A pending key was never put to use by its institution, so nothing it signed is the institution's.</summary>
    private static List<TrustedIssuerKey> Keys(IEnumerable<PublicSigningKey> keys) =>
    [
        .. keys.Where(k => k.Status != SigningKeyStatus.Pending)
            .Select(k => new TrustedIssuerKey(k.KeyId, k.SpkiDer, k.NotBefore, k.NotAfter, k.RevokedAt)),
    ];

    /// <summary>Roots that do not load are left out (the registry refuses them; a peer's list might still carry one).</summary>
    private static List<X509Certificate2> Roots(IEnumerable<byte[]> roots)
    {
        var result = new List<X509Certificate2>();
        foreach (var der in roots)
        {
            try
            {
                result.Add(X509CertificateLoader.LoadCertificate(der));
            }
            catch (CryptographicException)
            {
                // Skipped: a root that does not parse anchors nothing.
            }
        }

        return result;
    }

    private static QualityAssuranceBasis? Newest(IEnumerable<QualityAssuranceStatus> statuses) =>
        statuses.OrderByDescending(s => s.DecidedAt?.ToDateTimeOffset() ?? DateTimeOffset.MinValue).FirstOrDefault() is { } newest
            ? IssuerQualityAssuranceCheck.Basis(newest)
            : null;
}
