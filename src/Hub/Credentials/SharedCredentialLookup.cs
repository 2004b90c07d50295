using Exchange.Hub.Security.RateLimiting;

namespace Exchange.Hub.Credentials;

/// <summary>Why a share link opened nothing: what the learner's grant, or the hub, said instead of the credential.</summary>
public enum ShareLinkRefusal
{
    /// <summary>No such credential, or the code is not one of its grants.</summary>
    UnknownCode = 1,

    /// <summary>The grant expired, or the learner revoked it.</summary>
    NoLongerValid = 2,

    /// <summary>The grant names another hub or institution.</summary>
    OtherRecipient = 3,

    /// <summary>The link names a hub this hub has not pinned: nothing of it can be fetched or trusted here.</summary>
    UnknownHub = 4,

    /// <summary>The issuing hub stopped answering this hub's codes for a while (too many wrong ones).</summary>
    TooManyAttempts = 5,
}

/// <summary>
/// A share link (issuing hub, credential id, code) resolved for whoever holds it: through <see cref="ICredentialResolver"/>,
/// so a peer's credential comes over federation with this hub as the recipient, and a miss of the code counted against
/// the client in <see cref="ShareCodeThrottle"/>, as the verification API counts it. Whether the client may try at all
/// is the caller's to ask first (<see cref="ShareCodeThrottle.IsExhausted"/>), since each edge refuses in its own way.
/// </summary>
public sealed class SharedCredentialLookup(ICredentialResolver resolver, ShareCodeThrottle throttle)
{
    public async Task<SharedCredential> ResolveAsync(CredentialByReference reference, string recipientInstitutionId, string clientKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var resolved = await resolver.ResolveAsync(reference, recipientInstitutionId, cancellationToken);
        var refusal = RefusalOf(resolved.Verification, out var reason);
        if (reason is "SHARE_CODE_INVALID" or "CREDENTIAL_NOT_FOUND")
        {
            // What guessing produces; a right code refused for its expiry or recipient is no guess and spends nothing.
            throttle.CountFailure(clientKey, reference.CredentialId);
        }

        return new SharedCredential(resolved, refusal, reason);
    }

    /// <summary>The refusal a report carries: a failed share-grant check, an issuing hub that is not pinned, or the
    /// issuing hub's throttle; null when the grant opened the credential (whatever its other checks say).</summary>
    public static ShareLinkRefusal? RefusalOf(CredentialVerification report, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(report);
        var refused = report.Checks.FirstOrDefault(c => c.Result == CheckResult.Failed && (c.Check == VerificationCheck.ShareGrant
            || c.FailureReason is FederatedCredentialResolver.IssuingHubUnknownReason or ShareCodeThrottle.Reason));
        reason = refused?.FailureReason;
        return refused switch
        {
            null => null,
            { FailureReason: FederatedCredentialResolver.IssuingHubUnknownReason } => ShareLinkRefusal.UnknownHub,
            { FailureReason: ShareCodeThrottle.Reason } => ShareLinkRefusal.TooManyAttempts,
            { FailureReason: "SHARE_CODE_EXPIRED" } => ShareLinkRefusal.NoLongerValid,
            { FailureReason: "SHARE_RECIPIENT_MISMATCH" } => ShareLinkRefusal.OtherRecipient,
            _ => ShareLinkRefusal.UnknownCode,
        };
    }
}

/// <summary>A resolved share link: the credential and its report, or the refusal (with the issuing hub's reason).</summary>
public sealed record SharedCredential(ResolvedCredential Resolved, ShareLinkRefusal? Refusal, string? RefusalReason);
