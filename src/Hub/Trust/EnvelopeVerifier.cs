using System.Security.Cryptography;
using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Signing;
using CheckResult = Exchange.Hub.Credentials.CheckResult;
using VerificationCheck = Exchange.Hub.Credentials.VerificationCheck;

namespace Exchange.Hub.Trust;

/// <summary>The outcome of verifying an envelope: the report, and the header and payload when they could be read.</summary>
public sealed record EnvelopeVerification(CredentialVerification Report, EnvelopeHeader? Header, Credential? Payload);

/// <summary>
/// Verifies a credential envelope check by check over the bytes as received (never re-serialised) and names every
/// check in the report, always in this order: format, header consistency, hub key, hub attestation, institution key,
/// institution signature, the issuer's quality assurance at issue time, revocation, expiry, share grant, required
/// elements. A failed check is a result, not an exception.
/// </summary>
public static class EnvelopeVerifier
{
    /// <summary>How long a verdict may be reused: bounded by the freshness of the revocation answer.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(5);

    public static EnvelopeVerification Verify(SignedEnvelope envelope, EnvelopeVerificationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(inputs);
        var checks = new List<CheckOutcome>();
        var header = EnvelopeContract.TryReadHeader(envelope.HeaderBytes);
        var payload = header is null ? null : EnvelopeContract.TryReadPayload(envelope.Payload);

        var formatProblem = header is null ? "The header bytes are not an envelope header."
            : header.FormatVersion != 1 ? $"Envelope format version {header.FormatVersion} is not supported."
            : header.ContentType != ContentType.ExchangeCredential ? $"Content type {header.ContentType} is not verified by this hub."
            : payload is null ? "The payload is not a credential record."
            : null;
        if (formatProblem is not null || header is null || payload is null)
        {
            checks.Add(new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Failed, formatProblem ?? "Unreadable envelope.",
                header?.ContentType is ContentType.ExchangeCredential or null ? "HEADER_MISMATCH" : "UNSUPPORTED_FORMAT"));
            return Finish(header?.CredentialId ?? "", header?.IssuingHubId ?? "", checks, header, null, inputs.Now);
        }

        // One accepted byte form: a signature nobody checks, or a high-S twin, is refused rather than carried along.
        if (EnvelopeSignatureForm.OfAttested(envelope.Signatures) is { } signatureProblem)
        {
            checks.Add(new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Failed, signatureProblem.Detail, signatureProblem.Reason));
            return Finish(header.CredentialId, header.IssuingHubId, checks, header, null, inputs.Now);
        }

        var institutionSignature = envelope.Signatures[0];
        var attestation = envelope.Signatures[1];

        checks.Add(Pass(VerificationCheck.EnvelopeFormat, "Header and payload decode; exactly the ES256 institution signature and hub attestation, each low-S."));
        checks.Add(HeaderConsistency(header, payload, envelope, institutionSignature, attestation));

        var trusted = header.IssuingHubId == inputs.IssuingHubId;
        var issuedAt = header.IssuedAt?.ToDateTimeOffset() ?? DateTimeOffset.MinValue;
        var hubKey = trusted ? inputs.HubKeys.FirstOrDefault(k => k.KeyId == header.HubKeyId) : null;
        checks.Add(!trusted
            ? new CheckOutcome(VerificationCheck.HubKeyTrusted, CheckResult.Unavailable,
                $"Credentials of hub {header.IssuingHubId} are verified by resolving them at that hub through federation, not here.", "UNKNOWN_HUB", header.HubKeyId)
            : hubKey is null
                ? new CheckOutcome(VerificationCheck.HubKeyTrusted, CheckResult.Failed, $"Key {header.HubKeyId} is not a trusted attestation key of hub {header.IssuingHubId}.", "UNKNOWN_KEY", header.HubKeyId)
                : !hubKey.IsValidAt(issuedAt)
                    ? new CheckOutcome(VerificationCheck.HubKeyTrusted, CheckResult.Failed, $"Key {header.HubKeyId} of hub {header.IssuingHubId} was not valid at {issuedAt:O}.", "KEY_NOT_VALID", header.HubKeyId)
                    : Pass(VerificationCheck.HubKeyTrusted, $"Attesting key {header.HubKeyId} is a trusted key of hub {header.IssuingHubId}, valid at {issuedAt:O}.", header.HubKeyId));

        checks.Add(hubKey is null || checks[^1].Result != CheckResult.Passed
            ? new CheckOutcome(VerificationCheck.HubAttestation, CheckResult.Unavailable, "Not checked: the attesting key is not trusted.", null, header.HubKeyId)
            : Es256.Verify(hubKey.PublicKey, EnvelopeSigner.AttestationDigest(envelope.HeaderBytes, envelope.Payload, institutionSignature.Signature), attestation.Signature)
                ? Pass(VerificationCheck.HubAttestation, "The hub attestation verifies over header, payload and institution signature.", header.HubKeyId)
                : new CheckOutcome(VerificationCheck.HubAttestation, CheckResult.Failed, "The hub attestation does not verify.", "HUB_ATTESTATION_INVALID", header.HubKeyId));

        if (!trusted)
        {
            checks.Add(new CheckOutcome(VerificationCheck.InstitutionKeyValid, CheckResult.Unavailable, "The institution's keys are published by its own hub.", null, header.InstitutionKeyId));
            checks.Add(new CheckOutcome(VerificationCheck.InstitutionSignature, CheckResult.Unavailable, "No registered key to check the institution signature with.", null, header.InstitutionKeyId));
        }
        else if (inputs.InstitutionKeysUnavailable is { } why)
        {
            checks.Add(new CheckOutcome(VerificationCheck.InstitutionKeyValid, CheckResult.Unavailable, why, null, header.InstitutionKeyId));
            checks.Add(new CheckOutcome(VerificationCheck.InstitutionSignature, CheckResult.Unavailable, "Not checked: " + why, null, header.InstitutionKeyId));
        }
        else
        {
            checks.AddRange(InstitutionChecks(header, envelope, institutionSignature, inputs.InstitutionKeys, issuedAt));
        }

        // The QA statuses come with the institution's keys, so they are out of reach exactly when the keys are.
        checks.Add(!trusted
            ? new CheckOutcome(VerificationCheck.IssuerQualityAssurance, CheckResult.Unavailable, "The institution's quality assurance status is published by its own hub.")
            : inputs.InstitutionKeysUnavailable is { } qaWhy
                ? new CheckOutcome(VerificationCheck.IssuerQualityAssurance, CheckResult.Unavailable, "Not checked: " + qaWhy)
                : IssuerQualityAssuranceCheck.Evaluate(header.InstitutionId, header.IssuingHubId, inputs.IssuerQualityAssurance, issuedAt, inputs.Now));

        checks.Add(inputs.Status switch
        {
            null => new CheckOutcome(VerificationCheck.Revocation, CheckResult.Unavailable, "The issuing hub's revocation status could not be obtained."),
            { State: CredentialState.Revoked } s => new CheckOutcome(VerificationCheck.Revocation, CheckResult.Failed,
                $"Revoked on {s.ChangedAt:O} ({s.Revocation?.ReasonCode}).", "CREDENTIAL_REVOKED"),
            _ => Pass(VerificationCheck.Revocation, "Not revoked according to the issuing hub."),
        });

        checks.Add(payload.ExpiresAt is { } expires && expires.ToDateTimeOffset() <= inputs.Now
            ? new CheckOutcome(VerificationCheck.Expiry, CheckResult.Failed, $"Expired on {expires.ToDateTimeOffset():O}.", "CREDENTIAL_EXPIRED")
            : Pass(VerificationCheck.Expiry, payload.ExpiresAt is null ? "The credential does not expire." : "Not expired."));

        checks.Add(inputs.ShareGrant);

        var validation = CredentialRequirements.Check(payload, header.IssuingCountryCode);
        checks.Add(validation.IsComplete
            ? Pass(VerificationCheck.RequiredElements, $"Every element required by the EU Recommendation and {header.IssuingCountryCode} rules is present.")
            : new CheckOutcome(VerificationCheck.RequiredElements, CheckResult.Failed,
                "Missing or invalid: " + string.Join(", ", validation.Issues.Select(i => i.Element)), "REQUIRED_ELEMENTS_INVALID"));

        return Finish(header.CredentialId, header.IssuingHubId, checks, header, payload, inputs.Now);
    }

    private static IEnumerable<CheckOutcome> InstitutionChecks(
        EnvelopeHeader header, SignedEnvelope envelope, EnvelopeSignatureData signature, IReadOnlyList<PublicSigningKey>? keys, DateTimeOffset issuedAt)
    {
        var key = keys?.FirstOrDefault(k => k.KeyId == header.InstitutionKeyId);
        if (key is null)
        {
            yield return new CheckOutcome(VerificationCheck.InstitutionKeyValid, CheckResult.Failed, $"Institution {header.InstitutionId} has no registered key {header.InstitutionKeyId}.", "UNKNOWN_KEY", header.InstitutionKeyId);
            yield return new CheckOutcome(VerificationCheck.InstitutionSignature, CheckResult.Failed, "No registered key to check the institution signature with.", "UNKNOWN_KEY", header.InstitutionKeyId);
            yield break;
        }

        if (!key.ForEnvelopes)
        {
            // An RSA or Ed25519 key verifies only the institution's outside credentials; envelopes are ES256 alone.
            yield return new CheckOutcome(VerificationCheck.InstitutionKeyValid, CheckResult.Failed, $"Key {key.KeyId} is a {key.Kind} key for outside credentials, not an envelope signing key.", "KEY_NOT_VALID", key.KeyId);
            yield return new CheckOutcome(VerificationCheck.InstitutionSignature, CheckResult.Failed, "Envelopes are signed with P-256 keys only.", "INSTITUTION_SIGNATURE_INVALID", key.KeyId);
            yield break;
        }

        yield return key.ValidAt(issuedAt)
            ? Pass(VerificationCheck.InstitutionKeyValid, $"Key {key.KeyId} was valid at {issuedAt:O}.", key.KeyId)
            : new CheckOutcome(VerificationCheck.InstitutionKeyValid, CheckResult.Failed, $"Key {key.KeyId} was not valid at {issuedAt:O} (status {key.Status}).", "KEY_NOT_VALID", key.KeyId);
        yield return InstitutionSignatureValid(key.SpkiDer, envelope, signature)
            ? Pass(VerificationCheck.InstitutionSignature, "The institution signature verifies over the exact header and payload bytes.", key.KeyId)
            : new CheckOutcome(VerificationCheck.InstitutionSignature, CheckResult.Failed, "The institution signature does not verify over these bytes.", "INSTITUTION_SIGNATURE_INVALID", key.KeyId);
    }

    private static CheckOutcome HeaderConsistency(EnvelopeHeader header, Credential payload, SignedEnvelope envelope, EnvelopeSignatureData institution, EnvelopeSignatureData hub)
    {
        var problems = new List<string>();
        if (!CryptographicOperations.FixedTimeEquals(header.PayloadSha256.Span, SHA256.HashData(envelope.Payload)))
        {
            problems.Add("payload_sha256 does not match the payload");
        }

        if (payload.CredentialId.Length > 0 && payload.CredentialId != header.CredentialId)
        {
            problems.Add("credential id differs between header and payload");
        }

        if (payload.AwardingBodies.FirstOrDefault() is { OrganisationId.Length: > 0 } body && body.OrganisationId != header.InstitutionId)
        {
            problems.Add("institution differs between header and awarding body");
        }

        if (institution.KeyId != header.InstitutionKeyId || institution.SignerId != header.InstitutionId)
        {
            problems.Add("institution signature names another key or signer than the header");
        }

        if (hub.KeyId != header.HubKeyId || hub.SignerId != header.IssuingHubId)
        {
            problems.Add("hub attestation names another key or hub than the header");
        }

        return problems.Count == 0
            ? Pass(VerificationCheck.HeaderConsistency, "Header agrees with the payload and the signatures.")
            : new CheckOutcome(VerificationCheck.HeaderConsistency, CheckResult.Failed, string.Join("; ", problems) + ".", "HEADER_MISMATCH");
    }

    private static bool InstitutionSignatureValid(byte[] spki, SignedEnvelope envelope, EnvelopeSignatureData signature) =>
        PublicKeyCache.TryGet(spki) is { } key && Es256.Verify(key, EnvelopeSigner.InstitutionDigest(envelope.HeaderBytes, envelope.Payload), signature.Signature);

    private static CheckOutcome Pass(VerificationCheck check, string detail, string? keyId = null) => new(check, CheckResult.Passed, detail, null, keyId);

    private static EnvelopeVerification Finish(string credentialId, string hubId, List<CheckOutcome> checks, EnvelopeHeader? header, Credential? payload, DateTimeOffset now) =>
        new(new CredentialVerification(credentialId, hubId, checks, now, now + Freshness), header, payload);
}
