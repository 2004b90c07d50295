using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Mapping.Enums;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Mapping;

/// <summary>Between the issuing contracts and the credential grain's records.</summary>
public static class IssuingContract
{
    /// <param name="withLearner">False for callers without a grant: the learner's personal data is cleared.</param>
    public static IssuedCredential ToContract(IssuedCredentialView view, bool withLearner)
    {
        ArgumentNullException.ThrowIfNull(view);
        var credential = EnvelopeContract.TryReadPayload(view.Issued.Envelope.Payload) ?? new Credential { CredentialId = view.Issued.CredentialId };
        credential.RegistryNumber = view.Issued.RegistryNumber;
        if (!withLearner)
        {
            credential.Learner = null;
        }

        var result = new IssuedCredential { Credential = credential, Envelope = EnvelopeContract.ToContract(view.Issued.Envelope), Status = ToContract(view.Status) };
        if (withLearner)
        {
            result.Recognitions.AddRange(view.Recognitions.Select(CredentialRecognitionContract.ToContract));
        }

        return result;
    }

    public static RevocationStatus ToContract(CredentialStatusView status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var result = new RevocationStatus
        {
            CredentialId = status.CredentialId,
            Status = CredentialEnums.ToProto(status.State),
            ChangedAt = status.ChangedAt is { } changed ? Timestamp.FromDateTimeOffset(changed) : null,
            AsOf = Timestamp.FromDateTimeOffset(status.AsOf),
            FreshUntil = Timestamp.FromDateTimeOffset(status.AsOf + Trust.EnvelopeVerifier.Freshness),
        };
        if (status.Revocation is { } revocation)
        {
            result.ReasonCode = revocation.ReasonCode;
            result.Reason = RegistryContract.Text(revocation.Reason);
        }

        return result;
    }

    /// <summary>A status stated by an issuing hub, or null when it stated none (unknown credential).</summary>
    public static CredentialStatusView? FromContract(RevocationStatus? status)
    {
        if (status is null || status.Status == CredentialStatus.Unspecified)
        {
            return null;
        }

        var changedAt = status.ChangedAt?.ToDateTimeOffset();
        var revocation = status.Status == CredentialStatus.Revoked
            ? new RevocationRecord(changedAt ?? DateTimeOffset.MinValue, status.ReasonCode, RegistryContract.Texts(status.Reason))
            : null;
        return new CredentialStatusView(status.CredentialId, CredentialEnums.ToDomain(status.Status), changedAt, revocation, status.AsOf?.ToDateTimeOffset() ?? DateTimeOffset.MinValue);
    }

    public static ShareGrant ToContract(ShareGrantRecord grant, string credentialId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return new ShareGrant
        {
            ShareId = grant.ShareId,
            CredentialId = credentialId,
            CreatedAt = Timestamp.FromDateTimeOffset(grant.CreatedAt),
            ExpiresAt = Timestamp.FromDateTimeOffset(grant.ExpiresAt),
            RecipientHubId = grant.RecipientHubId,
            RecipientInstitutionId = grant.RecipientInstitutionId,
            Status = CredentialEnums.ToProto(grant.StateAt(now)),
            RevokedAt = grant.RevokedAt is { } revoked ? Timestamp.FromDateTimeOffset(revoked) : null,
            UseCount = grant.UseCount,
        };
    }

    public static VerificationReport ToContract(CredentialVerification report, string verifyingHubId)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = new VerificationReport
        {
            CredentialId = report.CredentialId,
            IssuingHubId = report.IssuingHubId,
            VerifyingHubId = verifyingHubId,
            Verdict = CredentialEnums.ToProto(report.Verdict),
            VerifiedAt = Timestamp.FromDateTimeOffset(report.VerifiedAt),
            ValidUntil = Timestamp.FromDateTimeOffset(report.ValidUntil),
        };
        result.Checks.AddRange(report.Checks.Select(c => new Contracts.V1.VerificationCheck
        {
            Kind = CredentialEnums.ToProto(c.Check),
            Result = CredentialEnums.ToProto(c.Result),
            Detail = new LocalizableMessage { MessageKey = "verification." + c.Check.ToString().ToLowerInvariant(), EnglishText = c.Detail },
            FailureReason = c.FailureReason ?? "",
            KeyId = c.KeyId ?? "",
            CheckedAt = Timestamp.FromDateTimeOffset(report.VerifiedAt),
        }));
        return result;
    }
}
