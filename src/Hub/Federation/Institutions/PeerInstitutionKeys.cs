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
    IReadOnlyDictionary<string, IReadOnlyList<QualityAssuranceStatus>>? QualityAssurance = null)
{
    /// <summary>The institution's quality assurance statuses as the list states them; empty when it states none.</summary>
    public IReadOnlyList<QualityAssuranceStatus> QualityAssuranceOf(string institutionId) =>
        QualityAssurance is not null && QualityAssurance.TryGetValue(institutionId, out var statuses) ? statuses : [];

    /// <summary>The institution's keys; empty when the list does not name the institution.</summary>
    public IReadOnlyList<PublicSigningKey> KeysOf(string institutionId) =>
        Institutions.TryGetValue(institutionId, out var keys) ? keys : [];

    public bool HasKey(string institutionId, string keyId) =>
        KeysOf(institutionId).Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
}
