using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Exchange.Benchmarks.Envelopes;
using Exchange.Hub.Signing;
using Exchange.Hub.Trust;

namespace Exchange.Benchmarks;

/// <summary>
/// Issue 5 "Speed": envelope verification against the raw ECDSA verifications it needs, and against verifying the
/// same credential as an EMREX ELMO document signed with enveloped XMLDSig. The baseline is exactly the two ECDSA
/// P-256 verifications an envelope carries (institution signature and hub attestation): <c>ECDsa.VerifyHash</c> over
/// the precomputed SHA-256 of each signed digest (ES256 signs SHA-256 of the 32-byte <see cref="SignedDigest"/>),
/// with keys already imported. Nothing else: no parsing, no digest building, no key import, no report.
/// Every verification is proved to accept the good document and refuse a tampered one before measuring.
/// </summary>
public class EnvelopeVerificationBenchmarks : IDisposable
{
    private EnvelopeFixture _envelope = null!;
    private ElmoFixture _elmo = null!;
    private byte[] _institutionHash = null!;
    private byte[] _attestationHash = null!;

    [GlobalSetup]
    public void Setup()
    {
        _envelope = new EnvelopeFixture();
        _elmo = new ElmoFixture(_envelope.Now);
        _institutionHash = SHA256.HashData(_envelope.InstitutionDigest);
        _attestationHash = SHA256.HashData(_envelope.AttestationDigest);
        VerificationSanity.Prove(_envelope, _elmo);
        if (!RawTwoEcdsaVerifications())
        {
            throw new InvalidOperationException("The raw baseline does not verify the envelope's signatures.");
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "Raw: 2 x ECDSA P-256 VerifyHash (keys imported, digests precomputed)")]
    public bool RawTwoEcdsaVerifications() =>
        _envelope.ImportedInstitutionKey.VerifyHash(_institutionHash, _envelope.InstitutionSignature.Signature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
        & _envelope.PinnedHubKey.VerifyHash(_attestationHash, _envelope.Attestation.Signature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    [Benchmark(Description = "Crypto floor: SHA-256(payload) + 2 SignedDigests + 2 x Es256.Verify")]
    public bool CryptoFloor()
    {
        var envelope = _envelope.Envelope;
        Span<byte> payloadHash = stackalloc byte[32];
        SHA256.HashData(envelope.Payload, payloadHash);
        return CryptographicOperations.FixedTimeEquals(payloadHash, _envelope.PayloadSha256)
            & Es256.Verify(_envelope.ImportedInstitutionKey, EnvelopeSigner.InstitutionDigest(envelope.HeaderBytes, envelope.Payload), _envelope.InstitutionSignature.Signature)
            & Es256.Verify(_envelope.PinnedHubKey, EnvelopeSigner.AttestationDigest(envelope.HeaderBytes, envelope.Payload, _envelope.InstitutionSignature.Signature), _envelope.Attestation.Signature);
    }

    [Benchmark(Description = "EnvelopeVerifier.Verify, own credential (both signatures, institution key as SPKI)")]
    public EnvelopeVerification VerifyOwnCredential() => EnvelopeVerifier.Verify(_envelope.Envelope, _envelope.OwnHubInputs);

    [Benchmark(Description = "EnvelopeVerifier.Verify, peer credential (pinned hub key; institution key from the peer's signed list)")]
    public EnvelopeVerification VerifyPeerCredential() => EnvelopeVerifier.Verify(_envelope.Envelope, _envelope.PeerInputs);

    [Benchmark(Description = "ELMO XMLDSig RSA-SHA256 2048: parse bytes + SignedXml.CheckSignature")]
    public bool VerifyElmoRsa() => ElmoSignature.Verify(_elmo.RsaSigned, _elmo.RegisteredRsaKey);

    [Benchmark(Description = "ELMO XMLDSig ECDSA-SHA256 P-256: parse bytes + SignedXml.CheckSignature")]
    public bool VerifyElmoEcdsa() => ElmoSignature.Verify(_elmo.EcdsaSigned, _elmo.RegisteredEcdsaKey);

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _envelope?.Dispose();
            _elmo?.Dispose();
        }
    }
}
