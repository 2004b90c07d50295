using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Text;
using Exchange.Hub.Credentials.Outside.Elmo;

namespace Exchange.Benchmarks.Envelopes;

/// <summary>The benchmark credential as two signed ELMO documents: RSA-SHA256 (2048-bit, as EMREX signs today,
/// certificate in KeyInfo) and ECDSA-SHA256 (P-256), with the keys a receiving peer has registered for the provider.</summary>
public sealed class ElmoFixture : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ECDsa _ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public ElmoFixture(DateTimeOffset generated)
    {
        EcdsaSignatureDescription.Register();
        var credential = BenchmarkData.Micro();
        using var certificate = ElmoSignature.SelfSigned(_rsa, "CN=Igor Sikorsky Kyiv Polytechnic Institute EMREX, C=UA");
        RsaSigned = ElmoSignature.Sign(ElmoDocument.Create(credential, generated), _rsa, SignedXml.XmlDsigRSASHA256Url, certificate);
        EcdsaSigned = ElmoSignature.Sign(ElmoDocument.Create(credential, generated), _ecdsa, EcdsaSignatureDescription.Sha256, certificate: null);
        RegisteredRsaKey = RSA.Create();
        RegisteredRsaKey.ImportSubjectPublicKeyInfo(_rsa.ExportSubjectPublicKeyInfo(), out _);
        RegisteredEcdsaKey = ECDsa.Create();
        RegisteredEcdsaKey.ImportSubjectPublicKeyInfo(_ecdsa.ExportSubjectPublicKeyInfo(), out _);
    }

    public byte[] RsaSigned { get; }

    public byte[] EcdsaSigned { get; }

    public RSA RegisteredRsaKey { get; }

    public ECDsa RegisteredEcdsaKey { get; }

    /// <summary>The document with the grade changed from 92 to 98, signature left as it was.</summary>
    public static byte[] WithTamperedGrade(byte[] document)
    {
        var text = Encoding.UTF8.GetString(document);
        var tampered = text.Replace("<resultLabel>92</resultLabel>", "<resultLabel>98</resultLabel>", StringComparison.Ordinal);
        return tampered == text ? throw new InvalidOperationException("The document has no grade 92 to tamper with.") : Encoding.UTF8.GetBytes(tampered);
    }

    public void Dispose()
    {
        _rsa.Dispose();
        _ecdsa.Dispose();
        RegisteredRsaKey.Dispose();
        RegisteredEcdsaKey.Dispose();
    }
}
