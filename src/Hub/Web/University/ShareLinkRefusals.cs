using Exchange.Hub.Credentials;

namespace Exchange.Hub.Web.University;

/// <summary>
/// Why a learner's link cannot serve this university, read from the verification its credential got here: the link
/// was shared with someone else, has expired, opens nothing, or points to a hub this hub does not work with. Anything
/// else (a peer out of reach, a revoked credential) is the case's to record, so it is no refusal here.
/// </summary>
public static class ShareLinkRefusals
{
    public const string RecipientMismatch = "SHARE_RECIPIENT_MISMATCH";

    /// <returns>The English message for the link field (a translation key), or null when the link may be submitted.</returns>
    public static string? Of(CredentialVerification verification)
    {
        ArgumentNullException.ThrowIfNull(verification);
        var failed = verification.Checks.FirstOrDefault(c => c.Result == CheckResult.Failed
            && (c.Check == VerificationCheck.ShareGrant || c.FailureReason == FederatedCredentialResolver.IssuingHubUnknownReason));
        return failed?.FailureReason switch
        {
            null => null,
            RecipientMismatch => RecipientMismatchMessage,
            "SHARE_CODE_EXPIRED" => "This link has expired. Ask the learner for a new one.",
            FederatedCredentialResolver.IssuingHubUnknownReason => "This link points to a hub this hub does not work with, so its credential cannot be checked here.",
            _ => "This link opens no credential: it was revoked, mistyped or never existed. Ask the learner for a new one.",
        };
    }

    /// <summary>Shown on the form, and on the page of a case the API made with such a link.</summary>
    public const string RecipientMismatchMessage =
        "The learner shared this credential with another hub or university, not with yours. Ask the learner for a link shared with your university (or with anyone).";
}
