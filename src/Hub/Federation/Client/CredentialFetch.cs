using Exchange.Contracts.V1;
using Google.Rpc;
using Grpc.Core;

namespace Exchange.Hub.Federation.Client;

/// <summary>A peer's answer to one credential fetch: the credential, or the peer's refusal with the status code,
/// reason and detail that <c>ResolveCredential</c>'s error carries, whichever RPC carried the fetch.</summary>
public sealed record CredentialFetch(ResolveCredentialResponse? Credential, StatusCode RefusalCode, string RefusalReason, string RefusalDetail)
{
    public static CredentialFetch Of(ResolveCredentialResponse credential) => new(credential, StatusCode.OK, "", "");

    public static CredentialFetch Refused(StatusCode code, string reason, string detail) => new(null, code, reason, detail);

    /// <summary>The refusal a single <c>ResolveCredential</c> answered as its error.</summary>
    public static CredentialFetch Refused(RpcException refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        var reason = refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason ?? refused.StatusCode.ToString().ToUpperInvariant();
        return Refused(refused.StatusCode, reason, refused.Status.Detail);
    }

    /// <summary>The result of one fetch of a <c>ResolveCredentials</c> batch.</summary>
    public static CredentialFetch From(ResolveCredentialResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.ResultCase switch
        {
            ResolveCredentialResult.ResultOneofCase.Credential => Of(result.Credential),
            ResolveCredentialResult.ResultOneofCase.Refusal => Refused((StatusCode)result.Refusal.Code, result.Refusal.Reason, result.Refusal.Detail),
            _ => Refused(StatusCode.Unknown, "NO_RESULT", "The peer answered neither the credential nor a refusal for this fetch."),
        };
    }
}
