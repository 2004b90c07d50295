using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Issuing;

namespace Exchange.Hub.Credentials.Issuing;

/// <summary>A share code that opens nothing, as the error a caller gets (the same for the public verification and
/// for peer hubs).</summary>
public static class ShareRefusals
{
    public static void ThrowIfRefused(ShareAccess access, string credentialField, string codeField)
    {
        if (Refusal(access, credentialField, codeField) is { } refusal)
        {
            throw refusal;
        }
    }

    /// <summary>The refusal, or null when the code opened the credential: for callers that answer a refusal as a
    /// result rather than as the call's error (one fetch of a batch).</summary>
    public static HubException? Refusal(ShareAccess access, string credentialField, string codeField)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.Outcome switch
        {
            ShareAccessOutcome.Granted => null,
            ShareAccessOutcome.CredentialNotFound => new HubException(ErrorKind.NotFound, "CREDENTIAL_NOT_FOUND", access.Detail, credentialField),
            ShareAccessOutcome.Expired => new HubException(ErrorKind.PermissionDenied, "SHARE_CODE_EXPIRED", access.Detail, codeField),
            ShareAccessOutcome.RecipientMismatch => new HubException(ErrorKind.PermissionDenied, "SHARE_RECIPIENT_MISMATCH", access.Detail, codeField),
            _ => new HubException(ErrorKind.PermissionDenied, "SHARE_CODE_INVALID", access.Detail, codeField),
        };
    }
}
