using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Auth;
using Exchange.Hub.Federation.Descriptors;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Hosting;
using Exchange.Hub.Services.Infrastructure;
using Exchange.Hub.Services.Issuing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Services.Federation;

/// <summary>
/// The hub-to-hub service. Peers authenticate with signed metadata (checked by <see cref="FederationAuthInterceptor"/>
/// before any method runs), not with the local API's bearer tokens, hence [AllowAnonymous] here.
/// </summary>
[AllowAnonymous]
internal sealed class HubFederationGrpcService(
    OwnDescriptor own, PeerDirectory peers, IGrainFactory grains, RecognitionDecisionReceiver decisions, IOptions<HubOptions> hub, TimeProvider time)
    : HubFederation.HubFederationBase
{
    private const int MaxStatusIds = 500;

    /// <summary>A newer descriptor is kept durably before it is used or acknowledged, so the rotation it announces
    /// survives a restart of this hub (replayed over the pinned keys at start).</summary>
    public override async Task<HelloResponse> Hello(HelloRequest request, ServerCallContext context)
    {
        var caller = FederationAuthInterceptor.CallingPeer(context);
        var updated = false;
        if (request.CallerDescriptor is { } presented && !presented.DescriptorBytes.IsEmpty)
        {
            var accepted = DescriptorAcceptance.Accept(caller, presented);
            updated = accepted.DescriptorSequence > caller.DescriptorSequence;
            if (updated)
            {
                await grains.GetGrain<IPeerDescriptorGrain>(caller.HubId).Keep(accepted.DescriptorSequence, presented.ToByteArray());
                peers.Replace(accepted);
            }
        }

        // A peer saying Hello has (re)started: what waits for it goes now, not at the end of the back-off.
        await grains.GetGrain<IPeerHubGrain>(caller.HubId).Wake();
        return new HelloResponse
        {
            CalleeDescriptor = own.Current,
            ServerTime = Timestamp.FromDateTimeOffset(time.GetUtcNow()),
            CallerDescriptorUpdated = updated,
        };
    }

    public override Task<SignedHubDescriptor> GetHubDescriptor(GetHubDescriptorRequest request, ServerCallContext context) =>
        Task.FromResult(own.Current);

    /// <summary>The share grant is checked for the calling hub and its institution; a revoked credential is still
    /// answered, with its status, because the verifier at the calling hub decides.</summary>
    public override async Task<ResolveCredentialResponse> ResolveCredential(ResolveCredentialRequest request, ServerCallContext context)
    {
        new FieldViolations()
            .Required(request.CredentialId, "credential_id")
            .Required(request.ShareCode, "share_code")
            .ThrowIfAny();
        var caller = FederationAuthInterceptor.CallingPeer(context);
        var access = await grains.GetGrain<ICredentialGrain>(request.CredentialId)
            .OpenShareAsync(request.ShareCode, caller.HubId, request.RequestingInstitutionId);
        ShareRefusals.ThrowIfRefused(access, "credential_id", "share_code");
        return new ResolveCredentialResponse
        {
            Envelope = EnvelopeContract.ToContract(access.Credential!.Issued.Envelope),
            RevocationStatus = IssuingContract.ToContract(access.Credential.Status),
            ShareExpiresAt = access.ExpiresAt is { } expires ? Timestamp.FromDateTimeOffset(expires) : null,
        };
    }

    public override async Task<PeerRevocationStatusResponse> GetRevocationStatus(PeerRevocationStatusRequest request, ServerCallContext context)
    {
        var problems = new FieldViolations();
        if (request.CredentialIds.Count is 0 or > MaxStatusIds)
        {
            problems.Add("credential_ids", $"credential_ids must hold 1 to {MaxStatusIds} ids.");
        }

        for (var i = 0; i < request.CredentialIds.Count; i++)
        {
            problems.Required(request.CredentialIds[i], $"credential_ids[{i}]");
        }

        problems.ThrowIfAny();
        var views = await Task.WhenAll(request.CredentialIds.Select(id => grains.GetGrain<ICredentialGrain>(id).GetAsync()));
        var response = new PeerRevocationStatusResponse();
        response.Statuses.AddRange(views.Select((view, i) => view is null
            ? new RevocationStatus { CredentialId = request.CredentialIds[i], AsOf = Timestamp.FromDateTimeOffset(time.GetUtcNow()) }
            : IssuingContract.ToContract(view.Status)));
        return response;
    }

    /// <summary>Records the decision on each credential this hub issued and in national statistics; idempotent on
    /// the sender's sequence and on the decision id (see <see cref="RecognitionDecisionReceiver"/>).</summary>
    public override async Task<DeliveryAck> DeliverRecognitionDecision(DeliverRecognitionDecisionRequest request, ServerCallContext context)
    {
        var sender = ValidateHeader(request.Header, context);
        return await decisions.ReceiveAsync(request, request.Header, sender);
    }

    public override Task<DeliveryAck> DeliverRevocationNotice(DeliverRevocationNoticeRequest request, ServerCallContext context)
    {
        var body = request.Clone();
        body.Header = null;
        return Store(request.Header, OutboxMessageKind.RevocationNotice, body, context);
    }

    private async Task<DeliveryAck> Store(OutboxMessageHeader? header, OutboxMessageKind kind, IMessage body, ServerCallContext context)
    {
        // The inbox keeps positions in the sender's stream, not message bodies: a notice's effects live elsewhere.
        _ = kind;
        _ = body;
        var caller = ValidateHeader(header, context);
        return DeliveryAcks.From(await grains.GetGrain<IPeerInboxGrain>(caller.HubId).Accept(header!.MessageId, header.Sequence));
    }

    private PinnedPeer ValidateHeader(OutboxMessageHeader? header, ServerCallContext context)
    {
        var caller = FederationAuthInterceptor.CallingPeer(context);
        var problems = new FieldViolations();
        if (header is null)
        {
            problems.Add("header", "header is required.");
        }
        else
        {
            problems.Required(header.MessageId, "header.message_id");
            if (header.Sequence <= 0)
            {
                problems.Add("header.sequence", "header.sequence must be 1 or more.");
            }

            if (!string.Equals(header.SenderHubId, caller.HubId, StringComparison.Ordinal))
            {
                problems.Add("header.sender_hub_id", $"header.sender_hub_id must be the calling hub '{caller.HubId}'.");
            }

            if (!string.Equals(header.RecipientHubId, hub.Value.HubId, StringComparison.Ordinal))
            {
                problems.Add("header.recipient_hub_id", $"header.recipient_hub_id must be this hub '{hub.Value.HubId}'.");
            }
        }

        problems.ThrowIfAny();
        return caller;
    }
}
