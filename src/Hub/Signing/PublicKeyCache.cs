using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Exchange.Hub.Signing;

/// <summary>
/// Registered public keys imported once. Importing a P-256 key validates its point, which costs about as much as a
/// verification, so re-importing the same registered key on every envelope roughly doubled the cost of checking an
/// institution signature. Keys come from the institution registry, never from the envelope, so the set is small;
/// the bound only guards against an unexpected flood. Evicted keys are left to the finaliser because another thread
/// may still be verifying with them.
/// </summary>
internal static class PublicKeyCache
{
    private const int Capacity = 1024;

    private static readonly ConcurrentDictionary<byte[], ECDsa> Keys = new(SpkiComparer.Instance);
    private static readonly ConcurrentDictionary<byte[], ECDsa>.AlternateLookup<ReadOnlySpan<byte>> BySpan =
        Keys.GetAlternateLookup<ReadOnlySpan<byte>>();

    /// <summary>The imported key, or a <see cref="CryptographicException"/> as from <see cref="Es256.ImportPublicKey"/>.</summary>
    public static ECDsa Get(ReadOnlySpan<byte> spkiDer)
    {
        if (BySpan.TryGetValue(spkiDer, out var cached))
        {
            return cached;
        }

        var imported = Es256.ImportPublicKey(spkiDer);
        if (Keys.Count >= Capacity)
        {
            Keys.Clear();
        }

        return BySpan.TryAdd(spkiDer, imported) ? imported : BySpan[spkiDer];
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

    private sealed class SpkiComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly SpkiComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode(obj.AsSpan());

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
