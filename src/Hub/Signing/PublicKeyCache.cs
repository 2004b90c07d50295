using System.Security.Cryptography;
using Exchange.Hub.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace Exchange.Hub.Signing;

/// <summary>
/// Registered public keys imported once. Importing a P-256 key validates its point, which costs about as much as a
/// verification, so re-importing the same registered key on every envelope roughly doubled the cost of checking an
/// institution signature. Keys come from the institution registry, never from the envelope, so the set is small;
/// the bound (<see cref="BoundedMemoryCache"/>) only guards against an unexpected flood. Evicted keys are left to
/// the finaliser because another thread may still be verifying with them.
/// </summary>
internal static class PublicKeyCache
{
    private const int Capacity = 1024;

    // Keys never expire, so the cache's clock is never asked.
    private static readonly MemoryCache Keys = BoundedMemoryCache.Create(Capacity, TimeProvider.System);

    /// <summary>The imported key, or a <see cref="CryptographicException"/> as from <see cref="Es256.ImportPublicKey"/>.</summary>
    public static ECDsa Get(ReadOnlySpan<byte> spkiDer)
    {
        // The DER bytes as text: a cache key with value equality.
        var id = Convert.ToBase64String(spkiDer);
        if (Keys.TryGetValue(id, out ECDsa? cached) && cached is not null)
        {
            return cached;
        }

        // Two threads may import the same key at once; the later entry wins and the other key is simply unused.
        var imported = Es256.ImportPublicKey(spkiDer);
        Keys.Store(id, imported, expiresAt: null);
        return imported;
    }

    /// <summary>The imported key, or null when the bytes are not a P-256 public key.</summary>
    public static ECDsa? TryGet(ReadOnlySpan<byte> spkiDer)
    {
        try
        {
            return Get(spkiDer);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
