using System.Security.Cryptography;
using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Issuing;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Mapping;
using Exchange.Hub.Signing;
using Exchange.Hub.Signing.KeyRing;
using Exchange.Hub.Trust;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using CheckResult = Exchange.Hub.Credentials.CheckResult;
using VerificationCheck = Exchange.Hub.Credentials.VerificationCheck;

namespace Exchange.Benchmarks.Envelopes;

/// <summary>
/// A micro-credential envelope exactly as a Ukrainian hub issues it: the typical credential of
/// <see cref="BenchmarkData.Micro"/> as a contract payload, a header naming hub, institution and keys, the
/// institution's ES256 signature and the hub's attestation made by <see cref="EnvelopeSigner"/> with the key of a
/// real <see cref="HubKeyRing"/>. The verifier's inputs come in the two shapes the hub uses: its own credential
/// (registered institution key as SPKI, both signatures checked) and a peer's credential (pinned hub key, institution
/// checks not applicable, as <see cref="FederatedCredentialResolver"/> verifies today).
/// </summary>
public sealed class EnvelopeFixture : IDisposable
{
    public const string HubId = "hub-ua";
    public const string InstitutionId = "ua-kpi";
    public const string InstitutionKeyId = "ua-kpi#2025";

    private readonly string _keysFolder = Path.Combine(Path.GetTempPath(), "exchange-bench-" + Guid.NewGuid().ToString("N"));
    private readonly HubKeyRing _ring;
    private readonly ECDsa _institutionKey = Es256.CreateKey();

    public EnvelopeFixture()
    {
        _ring = new HubKeyRing(HubId, _keysFolder);
        var issuedAt = new DateTimeOffset(2025, 6, 20, 9, 0, 0, TimeSpan.Zero);
        Now = issuedAt.AddDays(30);
        var credential = CredentialToContract.Map(BenchmarkData.Micro());
        Payload = credential.ToByteArray();
        PayloadSha256 = SHA256.HashData(Payload);
        HeaderBytes = new EnvelopeHeader
        {
            EnvelopeId = "env-6f1c2a9b0d4e7f3a5c81",
            FormatVersion = 1,
            ContentType = ContentType.ExchangeCredential,
            MediaType = CredentialIssuer.MediaType,
            IssuingHubId = HubId,
            IssuingCountryCode = "UA",
            InstitutionId = InstitutionId,
            CredentialId = credential.CredentialId,
            IssuedAt = Timestamp.FromDateTimeOffset(issuedAt),
            InstitutionKeyId = InstitutionKeyId,
            HubKeyId = _ring.AttestationKeyId,
            PayloadSha256 = ByteString.CopyFrom(PayloadSha256),
        }.ToByteArray();

        var institutionSignature = EnvelopeSigner.SignAsInstitution(_institutionKey, HeaderBytes, Payload);
        var attestation = EnvelopeSigner.Attest(_ring.AttestationKey, HeaderBytes, Payload, institutionSignature);
        Envelope = new SignedEnvelope(HeaderBytes, Payload,
        [
            new EnvelopeSignatureData(SignerRole.Institution, InstitutionId, InstitutionKeyId, institutionSignature, issuedAt),
            new EnvelopeSignatureData(SignerRole.HubAttestation, HubId, _ring.AttestationKeyId, attestation, issuedAt),
        ]);

        InstitutionSpki = _institutionKey.ExportSubjectPublicKeyInfo();
        var registeredKey = new PublicSigningKey(InstitutionKeyId, InstitutionSpki, issuedAt.AddYears(-1), null, SigningKeyStatus.Active,
            issuedAt.AddYears(-1), null, null, Custodial: false);
        var status = new CredentialStatusView(credential.CredentialId, CredentialState.Active, null, null, Now);
        OwnHubInputs = new EnvelopeVerificationInputs(HubId, [new PinnedKey(_ring.AttestationKeyId, _ring.AttestationKeys.Single(k => k.KeyId == _ring.AttestationKeyId).PublicKey, DateTimeOffset.MinValue, null)],
            [registeredKey], status, LocalCredentialVerifier.NoShareGrant, Now);

        // A peer pins the hub's public key from its federation file: SPKI imported once, when the file is loaded.
        PinnedHubKey = Es256.ImportPublicKey(_ring.AttestationKey.ExportSubjectPublicKeyInfo());
        var shareGrant = new CheckOutcome(VerificationCheck.ShareGrant, CheckResult.Passed, $"Hub {HubId} accepted the share code for this hub.");
        PeerInputs = new EnvelopeVerificationInputs(HubId, [new PinnedKey(_ring.AttestationKeyId, PinnedHubKey, DateTimeOffset.MinValue, null)],
            [registeredKey], status, shareGrant, Now);

        ImportedInstitutionKey = Es256.ImportPublicKey(InstitutionSpki);
        InstitutionDigest = EnvelopeSigner.InstitutionDigest(HeaderBytes, Payload);
        AttestationDigest = EnvelopeSigner.AttestationDigest(HeaderBytes, Payload, institutionSignature);
    }

    public byte[] HeaderBytes { get; }

    public byte[] Payload { get; }

    public byte[] PayloadSha256 { get; }

    public SignedEnvelope Envelope { get; }

    public DateTimeOffset Now { get; }

    public byte[] InstitutionSpki { get; }

    /// <summary>Inputs when the hub verifies one of its own credentials (LocalCredentialVerifier).</summary>
    public EnvelopeVerificationInputs OwnHubInputs { get; }

    /// <summary>Inputs when a peer verifies this hub's credential (FederatedCredentialResolver).</summary>
    public EnvelopeVerificationInputs PeerInputs { get; }

    public ECDsa PinnedHubKey { get; }

    public ECDsa ImportedInstitutionKey { get; }

    public byte[] InstitutionDigest { get; }

    public byte[] AttestationDigest { get; }

    public EnvelopeSignatureData InstitutionSignature => Envelope.Signatures[0];

    public EnvelopeSignatureData Attestation => Envelope.Signatures[1];

    /// <summary>The same envelope with one bit of the payload flipped.</summary>
    public SignedEnvelope WithTamperedPayload()
    {
        var payload = (byte[])Payload.Clone();
        payload[^1] ^= 1;
        return Envelope with { Payload = payload };
    }

    /// <summary>The same envelope with one bit of the given signature flipped.</summary>
    public SignedEnvelope WithTamperedSignature(SignerRole role) => Envelope with
    {
        Signatures = [.. Envelope.Signatures.Select(s => s.Role == role ? s with { Signature = Flip(s.Signature) } : s)],
    };

    public void Dispose()
    {
        _ring.Dispose();
        _institutionKey.Dispose();
        PinnedHubKey.Dispose();
        ImportedInstitutionKey.Dispose();
        Directory.Delete(_keysFolder, recursive: true);
    }

    private static byte[] Flip(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        copy[5] ^= 1;
        return copy;
    }
}
