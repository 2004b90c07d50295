using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Exchange.Benchmarks.Envelopes;
using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Signing;
using Exchange.Hub.Trust;

namespace Exchange.Benchmarks;

/// <summary>
/// Where the time of <see cref="EnvelopeVerifier.Verify"/> goes beyond the raw ECDSA verifications: each step it
/// takes, alone, against the same two-verification baseline as <see cref="EnvelopeVerificationBenchmarks"/>.
/// </summary>
public class EnvelopeVerificationCostBenchmarks : IDisposable
{
    private EnvelopeFixture _envelope = null!;
    private Credential _payload = null!;
    private byte[] _institutionHash = null!;
    private byte[] _attestationHash = null!;

    [GlobalSetup]
    public void Setup()
    {
        _envelope = new EnvelopeFixture();
        _payload = EnvelopeContract.TryReadPayload(_envelope.Payload)!;
        _institutionHash = SHA256.HashData(_envelope.InstitutionDigest);
        _attestationHash = SHA256.HashData(_envelope.AttestationDigest);
        if (!RawTwoEcdsaVerifications() || !CachedRegisteredKeyVerification() || !CredentialRequirements.Check(_payload, "UA").IsComplete)
        {
            throw new InvalidOperationException("The cost benchmarks do not start from a valid envelope.");
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "Raw: 2 x ECDSA P-256 VerifyHash")]
    public bool RawTwoEcdsaVerifications() =>
        _envelope.ImportedInstitutionKey.VerifyHash(_institutionHash, _envelope.InstitutionSignature.Signature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
        & _envelope.PinnedHubKey.VerifyHash(_attestationHash, _envelope.Attestation.Signature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    [Benchmark(Description = "Parse header (protobuf)")]
    public EnvelopeHeader? ParseHeader() => EnvelopeContract.TryReadHeader(_envelope.HeaderBytes);

    [Benchmark(Description = "Parse payload (protobuf credential)")]
    public Credential? ParsePayload() => EnvelopeContract.TryReadPayload(_envelope.Payload);

    [Benchmark(Description = "SHA-256 of payload")]
    public byte[] PayloadHash() => SHA256.HashData(_envelope.Payload);

    [Benchmark(Description = "Both SignedDigests (institution + attestation)")]
    public byte[] BuildDigests()
    {
        var envelope = _envelope.Envelope;
        _ = EnvelopeSigner.InstitutionDigest(envelope.HeaderBytes, envelope.Payload);
        return EnvelopeSigner.AttestationDigest(envelope.HeaderBytes, envelope.Payload, _envelope.InstitutionSignature.Signature);
    }

    [Benchmark(Description = "Es256.ImportPublicKey (SPKI, P-256 check) + Dispose")]
    public int ImportInstitutionKey()
    {
        using var key = Es256.ImportPublicKey(_envelope.InstitutionSpki);
        return key.KeySize;
    }

    [Benchmark(Description = "Institution signature as verified today: import + Es256.Verify")]
    public bool ImportAndVerifyInstitutionSignature()
    {
        using var key = Es256.ImportPublicKey(_envelope.InstitutionSpki);
        return Es256.Verify(key, _envelope.InstitutionDigest, _envelope.InstitutionSignature.Signature);
    }

    [Benchmark(Description = "Institution signature with cached key: Es256.VerifyWithRegisteredKey")]
    public bool CachedRegisteredKeyVerification() =>
        Es256.VerifyWithRegisteredKey(_envelope.InstitutionSpki, _envelope.InstitutionDigest, _envelope.InstitutionSignature.Signature);

    [Benchmark(Description = "Required elements (map to domain + EU/UA validation)")]
    public bool RequiredElements() => CredentialRequirements.Check(_payload, "UA").IsComplete;

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _envelope?.Dispose();
        }
    }
}
