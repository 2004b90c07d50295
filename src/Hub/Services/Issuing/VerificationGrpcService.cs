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

/// <summary>Public verification: a share link of a credential of this hub or of a pinned peer, an envelope in hand, or a
/// credential issued outside the federation (e.g. an Open Badge as a VC-JWT), checked against the trust list.</summary>
[AllowAnonymous]
internal sealed class VerificationGrpcService(
    LocalCredentialVerifier verifier, SharedCredentialLookup lookup, ShareCodeThrottle throttle, Credentials.Outside.OutsideCredentialImporter outside)
    : VerificationService.VerificationServiceBase
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
                return Response(result.Report, result.Payload, withLearner: false, null);
            case VerifyCredentialRequest.SubjectOneofCase.Outside:
                return await VerifyOutsideAsync(request.Outside, context.CancellationToken);
            default:
                new FieldViolations().Add("subject", "Give a shared credential reference, an envelope or an outside credential.").ThrowIfAny();
                throw new InvalidOperationException("unreachable");
        }
    }

    /// <summary>A share link of any hub this hub pins: its own credentials locally, a peer's fetched over federation
    /// with this hub (and the calling institution, if any) as the recipient, each verified here.</summary>
    private async Task<VerifyCredentialResponse> VerifySharedAsync(SharedCredentialRef shared, ServerCallContext context)
    {
        new FieldViolations()
            .Required(shared.IssuingHubId, "shared.issuing_hub_id")
            .CheckCredentialId(shared.CredentialId, "shared.credential_id")
            .Required(shared.ShareCode, "shared.share_code")
            .ThrowIfAny();
        var caller = OptionalCaller.From(context);
        var client = CallerPartition.Of(context.GetHttpContext()).Key;
        throttle.ThrowIfExhausted(client, shared.CredentialId, context);
        var reference = new CredentialByReference(shared.IssuingHubId, shared.CredentialId, shared.ShareCode);
        var found = await lookup.ResolveAsync(reference, caller?.InstitutionId ?? "", client, context.CancellationToken);
        if (found.Refusal == ShareLinkRefusal.TooManyAttempts)
        {
            // The issuing hub's throttle stopped this hub's tries: the caller hears it as this hub's own would say it.
            throw RefusalResponse.Status(Google.Rpc.Code.ResourceExhausted, ShareCodeThrottle.Reason, ShareCodeThrottle.ExhaustedMessage).ToRpcException();
        }

        if (found.Refusal is { } refusal)
        {
            throw Refused(refusal, found, shared.IssuingHubId);
        }

        var resolved = found.Resolved;
        if (resolved.Envelope.Payload.Length == 0 && resolved.Verification.Checks.FirstOrDefault(c => c.Result == Hub.Credentials.CheckResult.Unavailable) is { } unreachable)
        {
            // Nothing came back to report on: the issuing hub could not be asked (and had no cached answer).
            throw new HubException(ErrorKind.Unavailable, "PEER_UNAVAILABLE", unreachable.Detail, "shared.issuing_hub_id");
        }

        var payload = resolved.Envelope.Payload.Length > 0 ? EnvelopeContract.TryReadPayload(resolved.Envelope.Payload) : null;
        return Response(resolved.Verification, payload, withLearner: true, resolved.Status);
    }

    private async Task<VerifyCredentialResponse> VerifyOutsideAsync(OutsideCredential request, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var document = OutsideCredentialContract.ToDomain(request, "outside", violations);
        violations.ThrowIfAny();
        var resolved = await outside.ImportAsync(document!.Format, document.Document, cancellationToken);
        var response = new VerifyCredentialResponse { Report = IssuingContract.ToContract(resolved.Verification, verifier.HubId) };
        if (resolved.Credential is { } credential)
        {
            // What the document says about its holder stays with the holder who presented it; the answer names none.
            response.Credential = CredentialToContract.Map(credential);
            response.Credential.Learner = null;
        }

        return response;
    }

    private static HubException Refused(ShareLinkRefusal refusal, SharedCredential found, string issuingHubId)
    {
        var detail = found.Resolved.Verification.Checks.FirstOrDefault(c => c.FailureReason == found.RefusalReason)?.Detail ?? "";
        return refusal switch
        {
            ShareLinkRefusal.UnknownHub => new HubException(ErrorKind.PermissionDenied, "UNKNOWN_HUB",
                $"Hub {issuingHubId} is not a pinned peer of this hub: its credentials cannot be verified here.", "shared.issuing_hub_id"),
            ShareLinkRefusal.UnknownCode when found.RefusalReason == "CREDENTIAL_NOT_FOUND" =>
                new HubException(ErrorKind.NotFound, "CREDENTIAL_NOT_FOUND", detail, "shared.credential_id"),
            _ => new HubException(ErrorKind.PermissionDenied, found.RefusalReason ?? "SHARE_CODE_INVALID", detail, "shared.share_code"),
        };
    }

    private VerifyCredentialResponse Response(CredentialVerification report, Credential? payload, bool withLearner, CredentialStatusView? status)
    {
        var response = new VerifyCredentialResponse { Report = IssuingContract.ToContract(report, verifier.HubId) };
        if (status is not null)
        {
            response.RevocationStatus = IssuingContract.ToContract(status);
        }

        if (payload is { } credential)
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
