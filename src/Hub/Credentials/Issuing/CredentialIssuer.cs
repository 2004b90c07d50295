using System.Security.Cryptography;
using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Hosting;
using Exchange.Hub.Mapping;
using Exchange.Hub.Rpc;
using Exchange.Hub.Signing;
using Exchange.Hub.Signing.KeyRing;
using Exchange.Hub.Trust;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Credentials.Issuing;

/// <summary>
/// Issues a credential: checks the required elements (Adapters), assigns the registry number, serialises the
/// record ONCE as the payload, has the institution sign (its custodial key, inside its grain) or checks the
/// signature it made itself, attests with the hub key, and stores the envelope in the credential's grain.
/// Used by the gRPC service (with the call's cancellation token) and by the seed loader.
/// </summary>
public sealed class CredentialIssuer(IGrainFactory grains, HubKeyRing keys, IOptions<HubOptions> options, TimeProvider time)
{
    public const string MediaType = "application/vnd.exchange.credential.v1+protobuf";

    public async Task<IssuedCredentialView> IssueAsync(IssueCredentialRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hub = options.Value;
        var institution = await grains.Keyed<IInstitutionGrain>(request.InstitutionId).GetAsync(cancellationToken)
            ?? throw new HubException(ErrorKind.NotFound, "INSTITUTION_NOT_FOUND", $"No institution {request.InstitutionId} is registered.", "institution_id");
        if (!institution.IsIssuer)
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED", $"Institution {request.InstitutionId} is not an active issuer at this hub.", "institution_id");
        }

        var requestHash = SHA256.HashData(request.ToByteArray());
        return request.SourceCase == IssueCredentialRequest.SourceOneofCase.Credential
            ? await IssueRecordAsync(request, institution, requestHash, hub, cancellationToken)
            : await AttestSignedAsync(request, institution, requestHash, hub, cancellationToken);
    }

    private async Task<IssuedCredentialView> IssueRecordAsync(IssueCredentialRequest request, InstitutionSnapshot institution, byte[] requestHash, HubOptions hub, CancellationToken cancellationToken)
    {
        // Derived from the institution and the idempotency key: a retry lands on the same grain, and no other institution can reach it.
        var credentialId = CredentialIdBinding.For(hub.Country, request.InstitutionId, request.IdempotencyKey);
        var grain = grains.Keyed<ICredentialGrain>(credentialId);
        if (await grain.FindBeforeIssueAsync(cancellationToken) is { } earlier)
        {
            return await grain.StoreIssuedAsync(earlier.Issued with { RequestHash = requestHash }, request.IdempotencyKey, cancellationToken);
        }

        var now = time.GetUtcNow();
        var credential = request.Credential.Clone();
        credential.CredentialId = credentialId;
        credential.IssuingHubId = hub.HubId;
        credential.IssuedAt ??= Timestamp.FromDateTimeOffset(now);
        if (credential.AwardingBodies.Count > 0 && credential.AwardingBodies[0].OrganisationId.Length == 0)
        {
            credential.AwardingBodies[0].OrganisationId = request.InstitutionId;
        }

        await FillProgrammeRegistryNumberAsync(credential, cancellationToken);
        RequireElements(credential, hub.Country, "credential");
        IssuedAccessRights.Validate(credential, "credential");
        IssuedAccessRights.FillDerived(credential, hub.Country);
        var keyId = await grains.Keyed<IInstitutionGrain>(request.InstitutionId).CurrentSigningKeyIdAsync(cancellationToken);
        var sequence = RegistryNumbers.SequenceKey(hub.Country, KindCode(credential.Kind), now.Year);
        credential.RegistryNumber = await grains.Keyed<IRegistryNumberAllocatorGrain>(sequence).NextAsync(cancellationToken);

        var payload = credential.ToByteArray();
        var header = Header(credentialId, request.InstitutionId, keyId, now, payload, hub).ToByteArray();
        // The number is taken: from here on the issue completes even if the caller has gone (no token).
        var signature = await grains.Keyed<IInstitutionGrain>(request.InstitutionId).SignEnvelopeAsync(keyId, header, payload, CancellationToken.None);
        var envelope = Attest(header, payload, new EnvelopeSignatureData(SignerRole.Institution, request.InstitutionId, keyId, signature.Signature, now), now);
        return await grain.StoreIssuedAsync(Record(credential, institution, envelope, credential.RegistryNumber, requestHash, now), request.IdempotencyKey, CancellationToken.None);
    }

    private async Task<IssuedCredentialView> AttestSignedAsync(IssueCredentialRequest request, InstitutionSnapshot institution, byte[] requestHash, HubOptions hub, CancellationToken cancellationToken)
    {
        var submitted = EnvelopeContract.FromContract(request.InstitutionSignedEnvelope);
        var header = EnvelopeContract.TryReadHeader(submitted.HeaderBytes);
        var credential = header is null ? null : EnvelopeContract.TryReadPayload(submitted.Payload);
        var violations = new FieldViolations();
        if (header is null || credential is null)
        {
            violations.Add("institution_signed_envelope", "The header bytes and payload must be an envelope header and a credential record.").ThrowIfAny();
        }

        if (header!.ContentType != ContentType.ExchangeCredential || header.FormatVersion != 1)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "UNSUPPORTED_FORMAT", "This hub attests envelopes of format 1 carrying its own credential record.");
        }

        if (header.IssuingHubId != hub.HubId || header.InstitutionId != request.InstitutionId || header.CredentialId.Length == 0 || credential!.CredentialId != header.CredentialId
            || !header.PayloadSha256.Span.SequenceEqual(SHA256.HashData(submitted.Payload)))
        {
            throw new HubException(ErrorKind.InvalidArgument, "HEADER_MISMATCH",
                "The header must name this hub, the issuing institution and the payload's credential id and hash.", "institution_signed_envelope.header_bytes");
        }

        var boundId = CredentialIdBinding.For(hub.Country, request.InstitutionId, request.IdempotencyKey);
        if (header.CredentialId != boundId)
        {
            throw new HubException(ErrorKind.PermissionDenied, CredentialIdBinding.NotBound,
                $"The credential id of an envelope institution {request.InstitutionId} signs under this idempotency key must be {boundId}.",
                "institution_signed_envelope.header_bytes");
        }

        if (EnvelopeSignatureForm.OfInstitutionSigned(submitted.Signatures) is { } signatureProblem)
        {
            throw new HubException(ErrorKind.InvalidArgument, signatureProblem.Reason, signatureProblem.Detail, "institution_signed_envelope.signatures");
        }

        RequireElements(credential, hub.Country, "institution_signed_envelope.payload");
        var signature = submitted.Signatures[0];
        var issuedAt = header.IssuedAt?.ToDateTimeOffset() ?? DateTimeOffset.MinValue;
        var key = institution.Keys.FirstOrDefault(k => k.KeyId == header.InstitutionKeyId);
        // A self-signed envelope must be fresh: otherwise a retired key could sign with a back-dated issued_at.
        // An RSA or Ed25519 key verifies only the institution's outside credentials: never an envelope it signs.
        if (key is null || !key.ForEnvelopes || !key.ValidAt(issuedAt) || (issuedAt - time.GetUtcNow()).Duration() > TimeSpan.FromMinutes(10))
        {
            throw new HubException(ErrorKind.FailedPrecondition, "KEY_NOT_VALID", $"Key {header.InstitutionKeyId} is not a valid key of the institution at {issuedAt:O}, or issued_at is not within ten minutes of now.");
        }

        using (var publicKey = Es256.ImportPublicKey(key.SpkiDer))
        {
            if (!Es256.Verify(publicKey, EnvelopeSigner.InstitutionDigest(submitted.HeaderBytes, submitted.Payload), signature.Signature))
            {
                throw new HubException(ErrorKind.PermissionDenied, "INSTITUTION_SIGNATURE_INVALID", "The institution signature does not verify over the header and payload bytes.");
            }
        }

        var grain = grains.Keyed<ICredentialGrain>(header.CredentialId);
        if (await grain.FindBeforeIssueAsync(cancellationToken) is { } earlier)
        {
            return await grain.StoreIssuedAsync(earlier.Issued with { RequestHash = requestHash }, request.IdempotencyKey, cancellationToken);
        }

        var now = time.GetUtcNow();
        // Nothing inside the signed bytes changes: the registry number is assigned beside them, in the registry.
        var number = await grains.Keyed<IRegistryNumberAllocatorGrain>(RegistryNumbers.SequenceKey(hub.Country, KindCode(credential.Kind), now.Year)).NextAsync(cancellationToken);
        // The number is taken: the issue completes from here on, as above.
        var envelope = Attest(submitted.HeaderBytes, submitted.Payload, signature with { SignerId = request.InstitutionId }, now);
        return await grain.StoreIssuedAsync(Record(credential, institution, envelope, number, requestHash, issuedAt), request.IdempotencyKey, CancellationToken.None);
    }

    /// <summary>A credential earned in a registered programme carries the programme's number from the registry (Kazakhstan rule).</summary>
    private async Task FillProgrammeRegistryNumberAsync(Credential credential, CancellationToken cancellationToken)
    {
        if (credential.ProgrammeId.Length == 0 || credential.ProgrammeRegistryNumber.Length > 0)
        {
            return;
        }

        var programme = await grains.Keyed<IProgrammeGrain>(credential.ProgrammeId).GetAsync(cancellationToken)
            ?? throw new HubException(ErrorKind.InvalidArgument, "PROGRAMME_NOT_FOUND", $"No programme {credential.ProgrammeId} is registered.", "credential.programme_id");
        if (programme.ListingAt(time.GetUtcNow()) == ProgrammeListing.Listed)
        {
            credential.ProgrammeRegistryNumber = programme.RegistryNumber ?? "";
        }
    }

    private SignedEnvelope Attest(byte[] header, byte[] payload, EnvelopeSignatureData institutionSignature, DateTimeOffset now)
    {
        var attestation = EnvelopeSigner.Attest(keys.AttestationKey, header, payload, institutionSignature.Signature);
        return new SignedEnvelope(header, payload,
            [institutionSignature, new EnvelopeSignatureData(SignerRole.HubAttestation, options.Value.HubId, keys.AttestationKeyId, attestation, now)]);
    }

    private EnvelopeHeader Header(string credentialId, string institutionId, string keyId, DateTimeOffset now, byte[] payload, HubOptions hub) => new()
    {
        EnvelopeId = "env-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10)),
        FormatVersion = 1,
        ContentType = ContentType.ExchangeCredential,
        MediaType = MediaType,
        IssuingHubId = hub.HubId,
        IssuingCountryCode = hub.Country,
        InstitutionId = institutionId,
        CredentialId = credentialId,
        IssuedAt = Timestamp.FromDateTimeOffset(now),
        InstitutionKeyId = keyId,
        HubKeyId = keys.AttestationKeyId,
        PayloadSha256 = ByteString.CopyFrom(SHA256.HashData(payload)),
    };

    private static void RequireElements(Credential credential, string country, string prefix)
    {
        var validation = CredentialRequirements.Check(credential, country);
        if (validation.IsComplete)
        {
            return;
        }

        throw RequiredElementsViolation.From(validation, prefix);
    }

    private IssuedCredentialRecord Record(Credential credential, InstitutionSnapshot institution, SignedEnvelope envelope, string number, byte[] requestHash, DateTimeOffset issuedAt)
    {
        var entry = new OpenRegistryEntry
        {
            RegistryNumber = number,
            CredentialId = credential.CredentialId,
            Kind = credential.Kind,
            Title = credential.Title,
            InstitutionId = institution.Profile.InstitutionId,
            InstitutionName = RegistryContract.Text(institution.Profile.Names),
            ProgrammeId = credential.ProgrammeId,
            Level = credential.Level,
            Workload = credential.NotionalWorkload,
            IssuedAt = Timestamp.FromDateTimeOffset(issuedAt),
            CountryCode = options.Value.Country,
        };
        var data = new OpenRegistryEntryData(number, credential.CredentialId, institution.Profile.InstitutionId, credential.ProgrammeId, issuedAt,
            RegistryContract.Texts(credential.Title), entry.ToByteArray());
        return new IssuedCredentialRecord(credential.CredentialId, institution.Profile.InstitutionId, credential.Learner?.LearnerId ?? "", requestHash, envelope, number,
            issuedAt, credential.ExpiresAt?.ToDateTimeOffset(), data);
    }

    private static string KindCode(CredentialKind kind) => kind switch
    {
        CredentialKind.MicroCredential => "MC",
        CredentialKind.Degree => "DG",
        CredentialKind.CourseCertificate => "CC",
        CredentialKind.PartialStudies => "PS",
        CredentialKind.DigitalBadge => "DB",
        _ => "XX",
    };
}
