using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Issuing;

namespace Exchange.Hub.Credentials.Issuing;

/// <summary>A share code that opens nothing, as the error a caller gets (the same for the public verification and
/// for peer hubs).</summary>
public static class ShareRefusals
{
    public static void ThrowIfRefused(ShareAccess access, string credentialField, string codeField)
    {
        ArgumentNullException.ThrowIfNull(access);
        switch (access.Outcome)
        {
            case ShareAccessOutcome.Granted:
                return;
            case ShareAccessOutcome.CredentialNotFound:
                throw new HubException(ErrorKind.NotFound, "CREDENTIAL_NOT_FOUND", access.Detail, credentialField);
            case ShareAccessOutcome.Expired:
                throw new HubException(ErrorKind.PermissionDenied, "SHARE_CODE_EXPIRED", access.Detail, codeField);
            case ShareAccessOutcome.RecipientMismatch:
                throw new HubException(ErrorKind.PermissionDenied, "SHARE_RECIPIENT_MISMATCH", access.Detail, codeField);
            default:
                throw new HubException(ErrorKind.PermissionDenied, "SHARE_CODE_INVALID", access.Detail, codeField);
        }
    }
}
