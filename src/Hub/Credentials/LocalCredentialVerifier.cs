using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Hosting;
using Exchange.Hub.Signing.KeyRing;
using Exchange.Hub.Trust;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Credentials;

/// <summary>
/// Verifies envelopes of credentials issued by this hub: gathers the institution's registered keys and quality
/// assurance statuses and the credential's status from the grains and hands them to <see cref="EnvelopeVerifier"/>.
/// </summary>
public sealed class LocalCredentialVerifier(IGrainFactory grains, HubKeyRing keys, IOptions<HubOptions> options, TimeProvider time)
{
    public string HubId => options.Value.HubId;

    /// <summary>Every attestation key of the ring with its window: an envelope attested by a retired key verifies when
    /// it was attested before the retirement, one by a revoked key only before the cut-off.</summary>
    private IReadOnlyList<PinnedKey> OwnKeys => keys.AttestationKeys;

    public async Task<EnvelopeVerification> VerifyAsync(SignedEnvelope envelope, CheckOutcome shareGrant)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var header = EnvelopeContract.TryReadHeader(envelope.HeaderBytes);
        IReadOnlyList<PublicSigningKey>? institutionKeys = null;
        IReadOnlyList<QualityAssuranceStatus>? qualityAssurance = null;
        CredentialStatusView? status = null;
        if (header is not null && header.IssuingHubId == HubId && header.InstitutionId.Length > 0 && CredentialIdShape.IsWellFormed(header.CredentialId))
        {
            var institution = grains.Keyed<IInstitutionGrain>(header.InstitutionId).GetAsync();
            var credential = grains.Keyed<ICredentialGrain>(header.CredentialId).GetAsync();
            var snapshot = await institution;
            institutionKeys = snapshot?.Keys;
            qualityAssurance = snapshot?.QualityAssurance.Select(q => QualityAssuranceStatus.Parser.ParseFrom(q.Document)).ToList();
            status = (await credential)?.Status;
        }

        return EnvelopeVerifier.Verify(envelope, new EnvelopeVerificationInputs(HubId, OwnKeys, institutionKeys, status, shareGrant, time.GetUtcNow(),
            IssuerQualityAssurance: qualityAssurance));
    }

    /// <summary>Presents a share code of a credential of this hub on behalf of a recipient.</summary>
    public Task<ShareAccess> OpenShareAsync(string credentialId, string shareCode, string recipientHubId, string recipientInstitutionId) =>
        grains.Keyed<ICredentialGrain>(credentialId).OpenShareAsync(shareCode, recipientHubId, recipientInstitutionId);

    public static CheckOutcome ShareCheck(ShareAccess access) => access.Outcome switch
    {
        ShareAccessOutcome.Granted => new CheckOutcome(VerificationCheck.ShareGrant, CheckResult.Passed, access.Detail),
        ShareAccessOutcome.Expired => new CheckOutcome(VerificationCheck.ShareGrant, CheckResult.Failed, access.Detail, "SHARE_CODE_EXPIRED"),
        ShareAccessOutcome.RecipientMismatch => new CheckOutcome(VerificationCheck.ShareGrant, CheckResult.Failed, access.Detail, "SHARE_RECIPIENT_MISMATCH"),
        // As a peer's answer says it (NOT_FOUND), so a caller tells an unknown credential from a wrong code alike.
        ShareAccessOutcome.CredentialNotFound => new CheckOutcome(VerificationCheck.ShareGrant, CheckResult.Failed, access.Detail, "CREDENTIAL_NOT_FOUND"),
        _ => new CheckOutcome(VerificationCheck.ShareGrant, CheckResult.Failed, access.Detail, "SHARE_CODE_INVALID"),
    };

    public static CheckOutcome NoShareGrant { get; } =
        new(VerificationCheck.ShareGrant, CheckResult.NotApplicable, "The envelope was presented directly, not fetched with a share code.");
}
