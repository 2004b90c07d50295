using System.Security.Cryptography;

namespace Exchange.Hub.Signing;

/// <summary>The JOSE algorithm a registered public key is used with.</summary>
public enum PublicKeyKind
{
    /// <summary>Not a key the hub accepts.</summary>
    Unsupported = 0,

    /// <summary>ECDSA P-256 (ES256): every key Exchange signs with.</summary>
    Es256 = 1,

    /// <summary>RSA (RS256), at least <see cref="PublicKeyAlgorithm.MinimumRsaBits"/> bits: accepted only to verify credentials
    /// that outside issuers sign.</summary>
    Rs256 = 2,
}

/// <summary>Tells from DER SubjectPublicKeyInfo which algorithm a registered key is for. Envelope signing and
/// verification stay ES256-only; an RSA key in an institution's set is read here so it is never handed to them.</summary>
public static class PublicKeyAlgorithm
{
    public const int MinimumRsaBits = 2048;

    public static PublicKeyKind Of(ReadOnlySpan<byte> spkiDer)
    {
        try
        {
            using var ec = Es256.ImportPublicKey(spkiDer);
            return PublicKeyKind.Es256;
        }
        catch (CryptographicException)
        {
            // Not a P-256 key: maybe RSA.
        }

        using var rsa = RSA.Create();
        try
        {
            rsa.ImportSubjectPublicKeyInfo(spkiDer, out var read);
            return read == spkiDer.Length && rsa.KeySize >= MinimumRsaBits ? PublicKeyKind.Rs256 : PublicKeyKind.Unsupported;
        }
        catch (CryptographicException)
        {
            return PublicKeyKind.Unsupported;
        }
    }
}
