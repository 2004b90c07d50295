using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Exchange.Hub.Signing;

namespace Exchange.Hub.Tests.Trust;

/// <summary>Hole 11 of issue 19: one accepted byte form per ES256 signature (low S).</summary>
public sealed class LowSSignatureSpecs
{
    private static readonly BigInteger Order = BigInteger.Parse("0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly byte[] Digest = SignedDigest.Compute(SigningContext.EnvelopeInstitution, Encoding.UTF8.GetBytes("header"), Encoding.UTF8.GetBytes("payload"));

    [Fact]
    public void The_high_S_twin_of_a_valid_signature_verifies_in_plain_ECDSA_but_is_refused()
    {
        using var key = Es256.CreateKey();
        var signature = Es256.Sign(key, Digest);
        var twin = HighSTwin(signature);

        Assert.True(key.VerifyData(Digest, twin, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        Assert.True(Es256.Verify(key, Digest, signature));
        Assert.False(Es256.Verify(key, Digest, twin));
        Assert.False(Es256.VerifyWithRegisteredKey(key.ExportSubjectPublicKeyInfo(), Digest, twin));
        Assert.False(Es256.HasCanonicalForm(twin));
    }

    [Fact]
    public void Our_signer_never_produces_a_high_S_signature()
    {
        using var key = Es256.CreateKey();
        for (var i = 0; i < 400; i++)
        {
            var digest = SignedDigest.Compute(SigningContext.HubDescriptor, BitConverter.GetBytes(i));
            var signature = Es256.Sign(key, digest);

            Assert.True(S(signature) <= Order / 2, $"signature {i} has a high S");
            Assert.True(Es256.Verify(key, digest, signature), $"signature {i} does not verify");
        }
    }

    [Fact]
    public void S_exactly_half_the_order_is_the_largest_accepted()
    {
        var signature = new byte[Es256.SignatureLength];
        signature[0] = 1;
        Write(signature, Order / 2);
        Assert.True(Es256.HasCanonicalForm(signature));

        Write(signature, Order / 2 + 1);
        Assert.False(Es256.HasCanonicalForm(signature));
    }

    /// <summary>(r, n − s): the other signature ECDSA accepts for the same message and key.</summary>
    internal static byte[] HighSTwin(byte[] signature)
    {
        var twin = (byte[])signature.Clone();
        Write(twin, Order - S(signature));
        Assert.True(S(twin) > Order / 2);
        return twin;
    }

    private static BigInteger S(byte[] signature) => new(signature.AsSpan(32, 32), isUnsigned: true, isBigEndian: true);

    private static void Write(byte[] signature, BigInteger s)
    {
        var bytes = s.ToByteArray(isUnsigned: true, isBigEndian: true);
        Array.Clear(signature, 32, 32);
        bytes.CopyTo(signature, 64 - bytes.Length);
    }
}
