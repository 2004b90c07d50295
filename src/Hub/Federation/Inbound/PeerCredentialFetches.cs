using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Issuing;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Mapping;
using Exchange.Hub.Rpc;
using Exchange.Hub.Security.RateLimiting;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Exchange.Hub.Federation.Inbound;

/// <summary>
/// What this hub, as the issuer, answers a peer hub that fetches a credential with a learner's share code: the
/// share grant is checked for the calling hub and its institution (and the use counted); a revoked credential is still
/// answered, with its status, because the verifier at the calling hub decides. The same rules serve
/// <c>ResolveCredential</c> (one fetch, refusals as gRPC errors) and each fetch of <c>ResolveCredentials</c>
/// (refusals as results, so one refused fetch does not fail the others).
/// </summary>
internal sealed class PeerCredentialFetches(IGrainFactory grains, ShareCodeThrottle throttle)
{
    public const int MaxBatch = 256;

    /// <summary>One fetch; a refusal is thrown as the RPC's error.</summary>
    public async Task<ResolveCredentialResponse> FetchAsync(ResolveCredentialRequest request, string callerHubId, ServerCallContext context)
    {
        Validate(request).ThrowIfAny();
        throttle.ThrowIfExhausted(PeerKey(callerHubId, request), request.CredentialId, context);
        var access = await OpenAsync(request, callerHubId, context.CancellationToken);
        ShareRefusals.ThrowIfRefused(access, "credential_id", "share_code");
        return Answer(access);
    }

    /// <summary>One fetch of a batch; a refusal is its result.</summary>
    public async Task<ResolveCredentialResult> ResultAsync(ResolveCredentialRequest request, string callerHubId, ServerCallContext context)
    {
        var violations = Validate(request);
        if (violations.Any)
        {
            return Refused((int)Grpc.Core.StatusCode.InvalidArgument, "INVALID_ARGUMENT", violations.Describe());
        }

        if (throttle.IsExhausted(PeerKey(callerHubId, request), request.CredentialId))
        {
            return Refused((int)Grpc.Core.StatusCode.ResourceExhausted, ShareCodeThrottle.Reason, ShareCodeThrottle.ExhaustedMessage);
        }

        var access = await OpenAsync(request, callerHubId, context.CancellationToken);
        return ShareRefusals.Refusal(access, "credential_id", "share_code") is { } refused
            ? Refused((int)ExceptionMappingInterceptor.ToCode(refused.Kind), refused.Reason, $"{refused.Field}: {refused.Message}")
            : new ResolveCredentialResult { Credential = Answer(access) };
    }

    private static FieldViolations Validate(ResolveCredentialRequest request) => new FieldViolations()
        .CheckCredentialId(request.CredentialId, "credential_id")
        .Required(request.ShareCode, "share_code");

    private async Task<ShareAccess> OpenAsync(ResolveCredentialRequest request, string callerHubId, CancellationToken cancellationToken)
    {
        var access = await grains.Keyed<ICredentialGrain>(request.CredentialId).OpenShareAsync(request.ShareCode, callerHubId, request.RequestingInstitutionId, cancellationToken);
        if (ShareCodeThrottle.IsGuessMiss(access))
        {
            throttle.CountFailure(PeerKey(callerHubId, request), request.CredentialId);
        }

        return access;
    }

    /// <summary>The peer hub's id is trusted here (the federation interceptor has checked the call's signature); with the
    /// institution it asks for, so one university's mistyped codes do not stop every other one behind the same hub.</summary>
    private static string PeerKey(string callerHubId, ResolveCredentialRequest request) => $"peer:{callerHubId}/{request.RequestingInstitutionId}";

    private static ResolveCredentialResponse Answer(ShareAccess access) => new()
    {
        Envelope = EnvelopeContract.ToContract(access.Credential!.Issued.Envelope),
        RevocationStatus = IssuingContract.ToContract(access.Credential.Status),
        ShareExpiresAt = access.ExpiresAt is { } expires ? Timestamp.FromDateTimeOffset(expires) : null,
    };

    private static ResolveCredentialResult Refused(int code, string reason, string detail) =>
        new() { Refusal = new ResolutionRefusal { Code = code, Reason = reason, Detail = detail } };
}
