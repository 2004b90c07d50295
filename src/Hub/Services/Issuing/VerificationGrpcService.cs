using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Issuing;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Mapping;
using Exchange.Hub.Rpc;
using Exchange.Hub.Security.RateLimiting;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Exchange.Hub.Services.Issuing;

/// <summary>Public verification: a share link of a credential of this hub, or an envelope in hand.</summary>
[AllowAnonymous]
internal sealed class VerificationGrpcService(LocalCredentialVerifier verifier, ShareCodeThrottle throttle) : VerificationService.VerificationServiceBase
{
    public override async Task<VerifyCredentialResponse> VerifyCredential(VerifyCredentialRequest request, ServerCallContext context)
    {
        switch (request.SubjectCase)
        {
            case VerifyCredentialRequest.SubjectOneofCase.Shared:
                return await VerifySharedAsync(request.Shared, context);
            case VerifyCredentialRequest.SubjectOneofCase.Envelope:
                if (request.Envelope.HeaderBytes.IsEmpty || EnvelopeContract.TryReadHeader(request.Envelope.HeaderBytes.ToByteArray()) is null)
                {
                    new FieldViolations().Add("envelope.header_bytes", "header_bytes must be a serialised envelope header.").ThrowIfAny();
                }

                var result = await verifier.VerifyAsync(EnvelopeContract.FromContract(request.Envelope), LocalCredentialVerifier.NoShareGrant);
                return Response(result, withLearner: false, null);
            default:
                new FieldViolations().Add("subject", "Give a shared credential reference or an envelope.").ThrowIfAny();
                throw new InvalidOperationException("unreachable");
        }
    }

    private async Task<VerifyCredentialResponse> VerifySharedAsync(SharedCredentialRef shared, ServerCallContext context)
    {
        new FieldViolations()
            .Required(shared.IssuingHubId, "shared.issuing_hub_id")
            .CheckCredentialId(shared.CredentialId, "shared.credential_id")
            .Required(shared.ShareCode, "shared.share_code")
            .ThrowIfAny();
        if (shared.IssuingHubId != verifier.HubId)
        {
            throw new HubException(ErrorKind.PermissionDenied, "UNKNOWN_HUB",
                $"Hub {shared.IssuingHubId} is not a pinned peer of this hub (federation is not configured).", "shared.issuing_hub_id");
        }

        var caller = OptionalCaller.From(context);
        var client = CallerPartition.Of(context.GetHttpContext()).Key;
        throttle.ThrowIfExhausted(client, shared.CredentialId, context);
        var access = await verifier.OpenShareAsync(shared.CredentialId, shared.ShareCode, verifier.HubId, caller?.InstitutionId ?? "");
        if (ShareCodeThrottle.IsGuessMiss(access))
        {
            throttle.CountFailure(client, shared.CredentialId);
        }

        ShareRefusals.ThrowIfRefused(access, "shared.credential_id", "shared.share_code");
        var result = await verifier.VerifyAsync(access.Credential!.Issued.Envelope, LocalCredentialVerifier.ShareCheck(access));
        return Response(result, withLearner: true, access.Credential.Status);
    }

    private VerifyCredentialResponse Response(Trust.EnvelopeVerification result, bool withLearner, CredentialStatusView? status)
    {
        var response = new VerifyCredentialResponse { Report = IssuingContract.ToContract(result.Report, verifier.HubId) };
        if (status is not null)
        {
            response.RevocationStatus = IssuingContract.ToContract(status);
        }

        if (result.Payload is { } credential)
        {
            credential = credential.Clone();
            if (!withLearner)
            {
                credential.Learner = null;
            }

            response.Credential = credential;
        }

        return response;
    }
}
