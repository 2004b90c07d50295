using Exchange.Contracts.V1;
using Exchange.Hub.Grains.Registry;

namespace Exchange.Hub.Federation.Institutions;

/// <summary>A peer hub's institution keys and quality assurance statuses as accepted from its signed list: by
/// institution id, with the list's sequence and until when it may be used.</summary>
public sealed record PeerInstitutionKeys(
    string HubId,
    long Sequence,
    DateTimeOffset IssuedAt,
    DateTimeOffset FreshUntil,
    IReadOnlyDictionary<string, IReadOnlyList<PublicSigningKey>> Institutions,
    IReadOnlyDictionary<string, IReadOnlyList<QualityAssuranceStatus>>? QualityAssurance = null,
    IReadOnlyDictionary<string, PeerOutsideIssuer>? OutsideIssuers = null)
{
    /// <summary>The institution the list names under the outside issuer id (exact match), or null.</summary>
    public PeerOutsideIssuer? OutsideIssuer(string issuerId) =>
        OutsideIssuers is not null && OutsideIssuers.TryGetValue(issuerId, out var issuer) ? issuer : null;

    /// <summary>The institution's quality assurance statuses as the list states them; empty when it states none.</summary>
    public IReadOnlyList<QualityAssuranceStatus> QualityAssuranceOf(string institutionId) =>
        QualityAssurance is not null && QualityAssurance.TryGetValue(institutionId, out var statuses) ? statuses : [];

    /// <summary>The institution's keys; empty when the list does not name the institution.</summary>
    public IReadOnlyList<PublicSigningKey> KeysOf(string institutionId) =>
        Institutions.TryGetValue(institutionId, out var keys) ? keys : [];

    public bool HasKey(string institutionId, string keyId) =>
        KeysOf(institutionId).Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
}

/// <summary>An institution of a peer's list as an outside issuer: its id there, name, country and certificate roots
/// (DER); its keys and quality assurance are the list's entries for <see cref="InstitutionId"/>.</summary>
public sealed record PeerOutsideIssuer(string InstitutionId, MultilingualText Name, string CountryCode, IReadOnlyList<byte[]> CertificateRoots);
