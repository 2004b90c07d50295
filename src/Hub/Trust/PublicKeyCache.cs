using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Exchange.Hub.Trust;

/// <summary>
/// Parsed P-256 public keys by their DER bytes. Importing a key costs about as much as verifying a signature with
/// it, and the same few institution keys verify every envelope, so each is parsed once. Bounded: when full the
/// cache starts again (keys are re-imported on demand), so a stream of one-off keys cannot grow it without limit.
/// </summary>
public static class PublicKeyCache
{
    private const int Capacity = 4096;
    private static readonly ConcurrentDictionary<string, ECDsa> Keys = new(StringComparer.Ordinal);

    /// <summary>The key, or null when the bytes are not a P-256 public key.</summary>
    public static ECDsa? Get(byte[] spkiDer)
    {
        ArgumentNullException.ThrowIfNull(spkiDer);
        var id = Convert.ToBase64String(spkiDer);
        if (Keys.TryGetValue(id, out var known))
        {
            return known;
        }

        ECDsa imported;
        try
        {
            imported = Es256.ImportPublicKey(spkiDer);
        }
        catch (CryptographicException)
        {
            return null;
        }

        if (Keys.Count >= Capacity)
        {
            // Keys still in use elsewhere stay valid objects; dropping them here only means importing them again.
            Keys.Clear();
        }

        return Keys.GetOrAdd(id, imported);
    }
}
