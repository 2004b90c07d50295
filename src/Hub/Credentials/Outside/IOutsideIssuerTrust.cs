using System.Security.Cryptography.X509Certificates;

namespace Exchange.Hub.Credentials.Outside;

/// <summary>
/// The hub's trust list of outside issuers: registry institutions with outside issuer ids (their keys, certificate
/// roots and quality assurance), and the same entries in peer hubs' signed institution lists. Signature validity and
/// key trust are separate questions: a reader verifies the signature, then asks here whether the key is the issuer's.
/// </summary>
public interface IOutsideIssuerTrust
{
    /// <summary>The trusted issuer registered under <paramref name="issuerId"/> (an https URL or a DID, compared
    /// exactly), or null when neither this hub nor a peer lists it.</summary>
    Task<TrustedIssuer?> FindAsync(string issuerId, CancellationToken cancellationToken);
}

/// <summary>An outside issuer as a trust list holds it.</summary>
/// <param name="Source">Where the entry comes from, for the check's words: this hub's id for its own registry, a peer
/// hub's id for its signed institution list.</param>
public sealed record TrustedIssuer(
    string IssuerId,
    string InstitutionId,
    string Name,
    string CountryCode,
    string Source,
    IReadOnlyList<TrustedIssuerKey> Keys,
    IReadOnlyList<X509Certificate2> CertificateRoots,
    QualityAssuranceBasis? QualityAssurance);

/// <summary>A public key of a trusted issuer (P-256 or RSA, as DER SubjectPublicKeyInfo) with its window.</summary>
public sealed record TrustedIssuerKey(string KeyId, byte[] SpkiDer, DateTimeOffset? NotBefore, DateTimeOffset? NotAfter, DateTimeOffset? RevokedAt)
{
    /// <summary>Whether a signature made at <paramref name="instant"/> with this key is acceptable.</summary>
    public bool ValidAt(DateTimeOffset instant) =>
        (NotBefore is null || instant >= NotBefore) && (NotAfter is null || instant < NotAfter) && !(RevokedAt is { } revoked && instant >= revoked);
}
