using Exchange.Hub.Grains.Registry;

namespace Exchange.Hub.Federation.Institutions;

/// <summary>A peer hub's institution keys as accepted from its signed list: by institution id, with the list's
/// sequence and until when it may be used.</summary>
public sealed record PeerInstitutionKeys(
    string HubId,
    long Sequence,
    DateTimeOffset IssuedAt,
    DateTimeOffset FreshUntil,
    IReadOnlyDictionary<string, IReadOnlyList<PublicSigningKey>> Institutions)
{
    /// <summary>The institution's keys; empty when the list does not name the institution.</summary>
    public IReadOnlyList<PublicSigningKey> KeysOf(string institutionId) =>
        Institutions.TryGetValue(institutionId, out var keys) ? keys : [];

    public bool HasKey(string institutionId, string keyId) =>
        KeysOf(institutionId).Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
}
