using System.Security.Cryptography;
using System.Text;
using Exchange.Hub.Signing;

namespace Exchange.Hub.Tests.Trust;

public sealed class SigningSpecs
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes("header");
    private static readonly byte[] Payload = Encoding.UTF8.GetBytes("payload");

    [Fact]
    public void Part_boundaries_are_part_of_the_digest()
    {
        var ab_c = SignedDigest.Compute(SigningContext.EnvelopeInstitution, "ab"u8.ToArray(), "c"u8.ToArray());
        var a_bc = SignedDigest.Compute(SigningContext.EnvelopeInstitution, "a"u8.ToArray(), "bc"u8.ToArray());
        Assert.NotEqual(ab_c, a_bc);
    }

    [Fact]
    public void A_signature_for_one_purpose_does_not_verify_for_another()
    {
        using var key = Es256.CreateKey();
        var signature = Es256.Sign(key, SignedDigest.Compute(SigningContext.EnvelopeInstitution, Header, Payload));

        Assert.True(Es256.Verify(key, SignedDigest.Compute(SigningContext.EnvelopeInstitution, Header, Payload), signature));
        Assert.False(Es256.Verify(key, SignedDigest.Compute(SigningContext.HubDescriptor, Header, Payload), signature));
    }

    [Fact]
    public void Signatures_are_raw_r_s_and_a_der_signature_is_refused()
    {
        using var key = Es256.CreateKey();
        var digest = SignedDigest.Compute(SigningContext.EnvelopeInstitution, Header, Payload);
        var raw = Es256.Sign(key, digest);
        var der = key.SignData(digest, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

        Assert.Equal(64, raw.Length);
        Assert.False(Es256.Verify(key, digest, der));
    }

    [Fact]
    public void One_flipped_payload_bit_breaks_the_signature()
    {
        using var key = Es256.CreateKey();
        var signature = Es256.Sign(key, SignedDigest.Compute(SigningContext.EnvelopeInstitution, Header, Payload));
        var tampered = (byte[])Payload.Clone();
        tampered[0] ^= 1;

        Assert.False(Es256.Verify(key, SignedDigest.Compute(SigningContext.EnvelopeInstitution, Header, tampered), signature));
    }

    [Fact]
    public void Public_keys_travel_as_spki_der_and_only_p256_is_accepted()
    {
        using var key = Es256.CreateKey();
        using var imported = Es256.ImportPublicKey(key.ExportSubjectPublicKeyInfo());
        var digest = SignedDigest.Compute(SigningContext.HubDescriptor, Header);
        Assert.True(Es256.Verify(imported, digest, Es256.Sign(key, digest)));

        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        Assert.Throws<CryptographicException>(() => Es256.ImportPublicKey(p384.ExportSubjectPublicKeyInfo()));
    }

    [Fact]
    public void A_registered_key_verifies_the_same_way_as_when_imported_each_time()
    {
        using var key = Es256.CreateKey();
        var spki = key.ExportSubjectPublicKeyInfo();
        var digest = SignedDigest.Compute(SigningContext.EnvelopeInstitution, Header, Payload);
        var signature = Es256.Sign(key, digest);
        var tampered = (byte[])signature.Clone();
        tampered[7] ^= 1;

        Assert.True(Es256.VerifyWithRegisteredKey(spki, digest, signature));
        Assert.True(Es256.VerifyWithRegisteredKey(spki, digest, signature));
        Assert.False(Es256.VerifyWithRegisteredKey(spki, digest, tampered));
        using var other = Es256.CreateKey();
        Assert.False(Es256.VerifyWithRegisteredKey(other.ExportSubjectPublicKeyInfo(), digest, signature));
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        Assert.Throws<CryptographicException>(() => Es256.VerifyWithRegisteredKey(p384.ExportSubjectPublicKeyInfo(), digest, signature));
    }
}
