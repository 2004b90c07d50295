namespace Exchange.Hub.Credentials.Outside;

/// <summary>
/// An Ed25519 public key as DER SubjectPublicKeyInfo (RFC 8410: algorithm id-Ed25519 1.3.101.112, no parameters, the
/// 32-byte key as the bit string): how the trust list keeps an outside issuer's Ed25519 key beside its P-256 and RSA
/// keys, so a Data Integrity proof's key is compared with a registered one by its raw bytes.
/// </summary>
public static class Ed25519Spki
{
    public const int KeyLength = 32;

    // SEQUENCE(42) { SEQUENCE(5) { OID 1.3.101.112 }, BIT STRING(33) { 0 unused bits, key } }
    private static readonly byte[] Prefix = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

    public static byte[] FromRaw(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != KeyLength)
        {
            throw new ArgumentException("An Ed25519 public key is 32 bytes.", nameof(publicKey));
        }

        return [.. Prefix, .. publicKey];
    }

    /// <summary>The raw 32-byte key when <paramref name="spki"/> is an Ed25519 SubjectPublicKeyInfo, else false.</summary>
    public static bool TryRaw(ReadOnlySpan<byte> spki, out byte[] publicKey)
    {
        if (spki.Length == Prefix.Length + KeyLength && spki[..Prefix.Length].SequenceEqual(Prefix))
        {
            publicKey = spki[Prefix.Length..].ToArray();
            return true;
        }

        publicKey = [];
        return false;
    }
}
