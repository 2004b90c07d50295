using Google.Rpc;
using Grpc.Core;

namespace Exchange.Hub.Federation.Client;

/// <summary>
/// Whether a peer's refusal of a delivered message is about the message itself, so retrying it can never succeed
/// and the outbox sets it aside: INVALID_ARGUMENT, FAILED_PRECONDITION, OUT_OF_RANGE, NOT_FOUND (a credential the
/// peer never issued) and PERMISSION_DENIED for a credential the peer never shared with this hub. Outages, and
/// refusals of who this hub is (the peer has not pinned its new key yet: PERMISSION_DENIED with another reason), are
/// fixed elsewhere; the message stays queued and must still arrive afterwards.
/// </summary>
public static class PermanentDeliveryRefusal
{
    public const string CredentialNotShared = "CREDENTIAL_NOT_SHARED";

    public static bool IsAboutTheMessage(RpcException refused) =>
        refused.StatusCode is StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.NotFound or StatusCode.OutOfRange
        || (refused.StatusCode == StatusCode.PermissionDenied
            && refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason == CredentialNotShared);
}
