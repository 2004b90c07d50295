using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Exchange.Hub.Caching;

namespace Exchange.Hub.Credentials;

/// <summary>
/// Verified credentials of peer hubs, per (issuing hub, credential id), reused for the next request for the same
/// credential with the same share code and recipient until the entry expires: the earlier of the verification's
/// freshness (<see cref="Trust.EnvelopeVerifier.Freshness"/>) and the share grant's expiry. Only a hash of the
/// share code is kept. A revocation notice evicts the credential (or every credential of a hub whose institution
/// keys were revoked); a verification that was under way when an eviction happened is not stored, so it cannot
/// bring back what the notice removed. Bounded: when full, expired entries go first, then the oldest.
/// </summary>
public sealed class VerificationCache(TimeProvider time)
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<(string HubId, string CredentialId), Entry> _entries = new();
    private readonly ConcurrentDictionary<string, long> _evictions = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>Taken before resolving; <see cref="Store"/> ignores the result if the hub saw an eviction since.</summary>
    public long EvictionStamp(string hubId) => _evictions.GetValueOrDefault(hubId);

    public ResolvedCredential? Find(string hubId, string credentialId, string shareCode, string recipientId)
    {
        if (!_entries.TryGetValue((hubId, credentialId), out var entry))
        {
            return null;
        }

        if (entry.ExpiresAt <= time.GetUtcNow())
        {
            _entries.TryRemove(new KeyValuePair<(string, string), Entry>((hubId, credentialId), entry));
            return null;
        }

        return string.Equals(entry.RecipientId, recipientId, StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(entry.ShareCodeHash, Hash(shareCode))
            ? entry.Resolved
            : null;
    }

    public void Store(string hubId, string credentialId, string shareCode, string recipientId, ResolvedCredential resolved, DateTimeOffset expiresAt, long evictionStamp)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        if (expiresAt <= time.GetUtcNow())
        {
            return;
        }

        if (_entries.Count >= Capacity)
        {
            MakeRoom();
        }

        _entries[(hubId, credentialId)] = new Entry(Hash(shareCode), recipientId, resolved, expiresAt);
        if (EvictionStamp(hubId) != evictionStamp)
        {
            // A notice arrived while this verification was under way; it may predate the revocation.
            _entries.TryRemove((hubId, credentialId), out _);
        }
    }

    public void Evict(string hubId, string credentialId)
    {
        _evictions.AddOrUpdate(hubId, 1, (_, n) => n + 1);
        _entries.TryRemove((hubId, credentialId), out _);
    }

    public void EvictHub(string hubId)
    {
        _evictions.AddOrUpdate(hubId, 1, (_, n) => n + 1);
        foreach (var key in _entries.Keys.Where(k => k.HubId == hubId))
        {
            _entries.TryRemove(key, out _);
        }
    }

    private void MakeRoom() => ExpiringEntries.MakeRoom(_entries, Capacity, time.GetUtcNow(), e => e.ExpiresAt);

    private static byte[] Hash(string shareCode) => SHA256.HashData(Encoding.UTF8.GetBytes(shareCode));

    private sealed record Entry(byte[] ShareCodeHash, string RecipientId, ResolvedCredential Resolved, DateTimeOffset ExpiresAt);
}
