using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Exchange.Hub.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace Exchange.Hub.Credentials;

/// <summary>
/// Verified credentials of peer hubs, per (issuing hub, credential id), reused for the next request for the same
/// credential with the same share code and recipient until the entry expires: the earlier of the verification's
/// freshness (<see cref="Trust.EnvelopeVerifier.Freshness"/>) and the share grant's expiry. Only a hash of the
/// share code is kept. A revocation notice evicts the credential (or every credential of a hub whose institution
/// keys were revoked); a verification that was under way when an eviction happened is not stored, so it cannot
/// bring back what the notice removed. Bounded (<see cref="BoundedMemoryCache"/>).
/// </summary>
public sealed class VerificationCache(TimeProvider time) : IDisposable
{
    public const int Capacity = 10_000;

    private readonly MemoryCache _entries = BoundedMemoryCache.Create(Capacity, time);
    private readonly ConcurrentDictionary<string, long> _evictions = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>Taken before resolving; <see cref="Store"/> ignores the result if the hub saw an eviction since.</summary>
    public long EvictionStamp(string hubId) => _evictions.GetValueOrDefault(hubId);

    public ResolvedCredential? Find(string hubId, string credentialId, string shareCode, string recipientId)
    {
        // The cache's clock is the TimeProvider: an entry past its expiry is not found.
        if (!_entries.TryGetValue(new CredentialKey(hubId, credentialId), out Entry? entry) || entry is null)
        {
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

        var key = new CredentialKey(hubId, credentialId);
        _entries.Store(key, new Entry(Hash(shareCode), recipientId, resolved), expiresAt);
        if (EvictionStamp(hubId) != evictionStamp)
        {
            // A notice arrived while this verification was under way; it may predate the revocation.
            _entries.Remove(key);
        }
    }

    public void Evict(string hubId, string credentialId)
    {
        _evictions.AddOrUpdate(hubId, 1, (_, n) => n + 1);
        _entries.Remove(new CredentialKey(hubId, credentialId));
    }

    public void EvictHub(string hubId)
    {
        _evictions.AddOrUpdate(hubId, 1, (_, n) => n + 1);
        foreach (var key in _entries.Keys.OfType<CredentialKey>().Where(k => k.HubId == hubId).ToList())
        {
            _entries.Remove(key);
        }
    }

    public void Dispose() => _entries.Dispose();

    private static byte[] Hash(string shareCode) => SHA256.HashData(Encoding.UTF8.GetBytes(shareCode));

    private readonly record struct CredentialKey(string HubId, string CredentialId);

    private sealed record Entry(byte[] ShareCodeHash, string RecipientId, ResolvedCredential Resolved);
}
