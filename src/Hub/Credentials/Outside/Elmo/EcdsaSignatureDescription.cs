using System.Security.Cryptography;

namespace Exchange.Hub.Credentials.Outside.Elmo;

/// <summary>
/// ECDSA with SHA-256/384/512 for <c>System.Security.Cryptography.Xml</c> (RFC 6931 <c>xmldsig-more#ecdsa-sha…</c>;
/// the signature value is r‖s, XMLDSig 1.1 §6.4.3). SignedXml has no built-in description for these URIs, so they are
/// registered with <see cref="CryptoConfig"/> once, before the first ECDSA signature is checked.
/// </summary>
public abstract class EcdsaSignatureDescription : SignatureDescription
{
    public const string Sha256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
    public const string Sha384 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384";
    public const string Sha512 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512";

    private static readonly Lazy<bool> Registration = new(() =>
    {
        // CryptoConfig takes only public types, so the three descriptions are public (and used only through it).
        CryptoConfig.AddAlgorithm(typeof(EcdsaSha256SignatureDescription), Sha256);
        CryptoConfig.AddAlgorithm(typeof(EcdsaSha384SignatureDescription), Sha384);
        CryptoConfig.AddAlgorithm(typeof(EcdsaSha512SignatureDescription), Sha512);
        return true;
    });

    private readonly Func<HashAlgorithm> _digest;

    protected EcdsaSignatureDescription(Func<HashAlgorithm> digest, Type digestType)
    {
        _digest = digest;
        KeyAlgorithm = typeof(ECDsa).AssemblyQualifiedName;
        DigestAlgorithm = digestType.AssemblyQualifiedName;
    }

    public static void Register() => _ = Registration.Value;

    public override HashAlgorithm CreateDigest() => _digest();

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

/// <summary>ECDSA-SHA256 for SignedXml (registered by <see cref="EcdsaSignatureDescription.Register"/>).</summary>
public sealed class EcdsaSha256SignatureDescription() : EcdsaSignatureDescription(SHA256.Create, typeof(SHA256));

/// <summary>ECDSA-SHA384 for SignedXml.</summary>
public sealed class EcdsaSha384SignatureDescription() : EcdsaSignatureDescription(SHA384.Create, typeof(SHA384));

/// <summary>ECDSA-SHA512 for SignedXml.</summary>
public sealed class EcdsaSha512SignatureDescription() : EcdsaSignatureDescription(SHA512.Create, typeof(SHA512));
