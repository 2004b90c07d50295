using SimpleBase;

namespace Exchange.Hub.Credentials.Outside.DataIntegrity;

/// <summary>
/// Ed25519 public keys as Data Integrity names them (W3C Controlled Identifiers, Multikey): publicKeyMultibase =
/// "z" + base58btc(0xed 0x01 ‖ 32-byte key), and a did:key is "did:key:" + that value, its verification method
/// "did:key:z…#z…". Nothing else is read: a value that is not exactly this is not an Ed25519 key.
/// </summary>
public static class Multikey
{
    public const string DidKeyPrefix = "did:key:";

    private static readonly byte[] Ed25519Codec = [0xed, 0x01];

    /// <summary>The publicKeyMultibase of a raw 32-byte Ed25519 key.</summary>
    public static string Ed25519(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != Ed25519Spki.KeyLength)
        {
            throw new ArgumentException("An Ed25519 public key is 32 bytes.", nameof(publicKey));
        }

        return "z" + Base58.Bitcoin.Encode([.. Ed25519Codec, .. publicKey]);
    }

    /// <summary>The did:key of a raw Ed25519 key.</summary>
    public static string DidKey(ReadOnlySpan<byte> publicKey) => DidKeyPrefix + Ed25519(publicKey);

    /// <summary>The verification method of a did:key: the DID, '#', the key's multibase.</summary>
    public static string DidKeyMethod(ReadOnlySpan<byte> publicKey) => DidKey(publicKey) + "#" + Ed25519(publicKey);

    /// <summary>The raw key of a publicKeyMultibase value, when it is an Ed25519 Multikey.</summary>
    public static bool TryEd25519(string? multibase, out byte[] publicKey)
    {
        publicKey = [];
        if (multibase is not { Length: > 1 and < 100 } || multibase[0] != 'z')
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base58.Bitcoin.Decode(multibase.AsSpan(1));
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return false;
        }

        if (bytes.Length != Ed25519Codec.Length + Ed25519Spki.KeyLength || !bytes.AsSpan(0, 2).SequenceEqual(Ed25519Codec))
        {
            return false;
        }

        publicKey = bytes[2..];
        return true;
    }

    /// <summary>The raw key of a did:key (or of its verification method, whose fragment must repeat the key), when it
    /// is an Ed25519 did:key.</summary>
    public static bool TryDidKey(string? didOrMethod, out byte[] publicKey)
    {
        publicKey = [];
        if (didOrMethod is null || !didOrMethod.StartsWith(DidKeyPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var hash = didOrMethod.IndexOf('#', StringComparison.Ordinal);
        var multibase = hash < 0 ? didOrMethod[DidKeyPrefix.Length..] : didOrMethod[DidKeyPrefix.Length..hash];
        return (hash < 0 || didOrMethod[(hash + 1)..] == multibase) && TryEd25519(multibase, out publicKey);
    }
}
