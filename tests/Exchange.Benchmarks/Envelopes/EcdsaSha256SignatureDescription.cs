using System.Security.Cryptography;

namespace Exchange.Benchmarks.Envelopes;

/// <summary>
/// ECDSA P-256 with SHA-256 for <c>System.Security.Cryptography.Xml</c> (RFC 6931 <c>xmldsig-more#ecdsa-sha256</c>,
/// signature value r‖s). SignedXml in .NET 10 has no built-in description for this URI: it signs and verifies ECDSA
/// only once one is registered with <see cref="CryptoConfig.AddAlgorithm"/>, which <see cref="Register"/> does.
/// </summary>
public sealed class EcdsaSha256SignatureDescription : SignatureDescription
{
    public const string Url = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";

    private static readonly Lazy<bool> Registration = new(() =>
    {
        CryptoConfig.AddAlgorithm(typeof(EcdsaSha256SignatureDescription), Url);
        return true;
    });

    public EcdsaSha256SignatureDescription()
    {
        KeyAlgorithm = typeof(ECDsa).AssemblyQualifiedName;
        DigestAlgorithm = typeof(SHA256).AssemblyQualifiedName;
    }

    public static void Register() => _ = Registration.Value;

    public override HashAlgorithm CreateDigest() => SHA256.Create();

    public override AsymmetricSignatureFormatter CreateFormatter(AsymmetricAlgorithm key) => new Formatter((ECDsa)key);

    public override AsymmetricSignatureDeformatter CreateDeformatter(AsymmetricAlgorithm key) => new Deformatter((ECDsa)key);

    private sealed class Formatter(ECDsa key) : AsymmetricSignatureFormatter
    {
        public override void SetKey(AsymmetricAlgorithm key) => throw new NotSupportedException("The key is given at construction.");

        public override void SetHashAlgorithm(string strName)
        {
        }

        public override byte[] CreateSignature(byte[] rgbHash) => key.SignHash(rgbHash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    private sealed class Deformatter(ECDsa key) : AsymmetricSignatureDeformatter
    {
        public override void SetKey(AsymmetricAlgorithm key) => throw new NotSupportedException("The key is given at construction.");

        public override void SetHashAlgorithm(string strName)
        {
        }

        public override bool VerifySignature(byte[] rgbHash, byte[] rgbSignature) =>
            key.VerifyHash(rgbHash, rgbSignature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }
}
