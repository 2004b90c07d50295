using System.Security.Cryptography;

namespace Exchange.Hub.Signing;

/// <summary>
/// ECDSA P-256 with SHA-256 over a <see cref="SignedDigest"/>, signatures as raw r‖s (64 bytes, IEEE P1363) the
/// way JOSE writes them; X.509 and XMLDSig use DER, so nothing here ever accepts DER by accident. Every signature
/// has one accepted form: low-S (s ≤ n/2). ECDSA also verifies (r, n − s), so without that rule anyone could make a
/// second, different byte string that verifies for the same message; we sign low-S and refuse high-S.
/// </summary>
public static class Es256
{
    public const int SignatureLength = 64;

    public static ECDsa CreateKey() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public static byte[] Sign(ECDsa key, ReadOnlySpan<byte> digest)
    {
        var signature = key.SignData(digest, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        LowS.Normalize(signature);
        return signature;
    }

    /// <summary>True only for a 64-byte low-S signature that verifies; every ES256 verification of the hub goes through here.</summary>
    public static bool Verify(ECDsa key, ReadOnlySpan<byte> digest, ReadOnlySpan<byte> signature) =>
        signature.Length == SignatureLength
        && LowS.Holds(signature)
        && key.VerifyData(digest, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    /// <summary>Whether a signature has the one accepted form (64 bytes, s ≤ n/2), whatever it verifies against.</summary>
    public static bool HasCanonicalForm(ReadOnlySpan<byte> signature) => signature.Length == SignatureLength && LowS.Holds(signature);

    /// <summary>
    /// Verifies with a registered key given as DER SubjectPublicKeyInfo, importing each distinct key only once
    /// (see <see cref="PublicKeyCache"/>). Throws <see cref="CryptographicException"/> for a key that is not P-256,
    /// exactly as <see cref="ImportPublicKey"/> does.
    /// </summary>
    public static bool VerifyWithRegisteredKey(ReadOnlySpan<byte> spkiDer, ReadOnlySpan<byte> digest, ReadOnlySpan<byte> signature) =>
        Verify(PublicKeyCache.Get(spkiDer), digest, signature);

    /// <summary>Loads a public key from DER SubjectPublicKeyInfo and refuses anything but a P-256 key.</summary>
    public static ECDsa ImportPublicKey(ReadOnlySpan<byte> spkiDer)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(spkiDer, out var read);
            if (read != spkiDer.Length || key.KeySize != 256 || key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            {
                throw new CryptographicException("The key is not a P-256 public key in DER SubjectPublicKeyInfo form.");
            }

            return key;
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }
}
