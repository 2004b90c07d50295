using System.Formats.Asn1;
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

    /// <summary>Ed25519 (JOSE "EdDSA"), as RFC 8410 SubjectPublicKeyInfo: accepted only to verify the Data Integrity
    /// proofs of outside issuers.</summary>
    EdDsa = 3,
}

/// <summary>Tells from DER SubjectPublicKeyInfo which algorithm a registered key is for. Envelope signing and
/// verification stay ES256-only; an RSA or Ed25519 key in an institution's set is read here so it is never handed to them.</summary>
public static class PublicKeyAlgorithm
{
    public const int MinimumRsaBits = 2048;

    private const string Ed25519Oid = "1.3.101.112";
    private const int Ed25519KeyBytes = 32;

    public static PublicKeyKind Of(ReadOnlySpan<byte> spkiDer)
    {
        if (IsEd25519(spkiDer))
        {
            return PublicKeyKind.EdDsa;
        }

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

    /// <summary>RFC 8410: SEQUENCE { SEQUENCE { OID id-Ed25519 } (no parameters), BIT STRING of the 32-byte key },
    /// DER, nothing after it.</summary>
    private static bool IsEd25519(ReadOnlySpan<byte> spkiDer)
    {
        try
        {
            var reader = new AsnReader(spkiDer.ToArray(), AsnEncodingRules.DER);
            var spki = reader.ReadSequence();
            var algorithm = spki.ReadSequence();
            var isEd25519 = algorithm.ReadObjectIdentifier() == Ed25519Oid && !algorithm.HasData;
            var key = spki.ReadBitString(out var unusedBits);
            return isEd25519 && unusedBits == 0 && key.Length == Ed25519KeyBytes && !spki.HasData && !reader.HasData;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }
}
