using NSec.Cryptography;
using SimpleBase;

namespace Exchange.Hub.Credentials.Outside.DataIntegrity;

/// <summary>
/// The signature of the eddsa-rdfc-2022 cryptosuite (W3C VC Data Integrity EdDSA Cryptosuites v1.0): Ed25519 over
/// proofHash ‖ docHash (<see cref="RdfcSignedData"/>), written as proofValue = "z" + base58btc of 64 bytes.
/// </summary>
public static class EddsaRdfc2022
{
    public const int SignatureLength = 64;

    /// <summary>Whether <paramref name="signature"/> is an Ed25519 signature of <paramref name="data"/> by the raw
    /// 32-byte <paramref name="publicKey"/>; a key that is not a valid Ed25519 point is false.</summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        var algorithm = SignatureAlgorithm.Ed25519;
        if (signature.Length != SignatureLength || !PublicKey.TryImport(algorithm, publicKey, KeyBlobFormat.RawPublicKey, out var key) || key is null)
        {
            return false;
        }

        return algorithm.Verify(key, data, signature);
    }

    /// <summary>The signature in a proofValue: multibase base58btc ("z…") of 64 bytes.</summary>
    public static bool TryReadProofValue(string? proofValue, out byte[] signature)
    {
        signature = [];
        if (proofValue is not { Length: > 1 and < 200 } || proofValue[0] != 'z')
        {
            return false;
        }

        try
        {
            signature = Base58.Bitcoin.Decode(proofValue.AsSpan(1));
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return false;
        }

        return signature.Length == SignatureLength;
    }

    /// <summary>A proofValue for a 64-byte signature (for signing in tests and tools).</summary>
    public static string ProofValue(ReadOnlySpan<byte> signature) => "z" + Base58.Bitcoin.Encode(signature);
}
