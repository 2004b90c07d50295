using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Auth;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Federation.Descriptors;
using Exchange.Hub.Federation.Inbound;
using Exchange.Hub.Federation.Institutions;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Revocation;
using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Hosting;
using Exchange.Hub.Hosting.Jobs;
using Exchange.Hub.Mapping;
using Exchange.Hub.Rpc;
using Exchange.Hub.Services.Registry;
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
    OwnDescriptor own,
    IGrainFactory grains,
    InstitutionKeyListPublisher institutionKeys,
    PeerCredentialFetches fetches,
    PeerCredentialCases credentialCases,
    LocalCredentialVerifier verifier,
    PeerDeliveryReceiver deliveries,
    DescriptorAdoption descriptors,
    WaitingCasesWakeUp waitingCases,
    PeerClients peerClients,
    IOptions<HubOptions> hub,
    TimeProvider time)
    : HubFederation.HubFederationBase
{
    private const int MaxStatusIds = 500;

    /// <summary>A newer descriptor is kept durably before it is used or acknowledged, so the rotation it announces
    /// survives a restart of this hub (replayed over the pinned keys at start).</summary>
    public override async Task<HelloResponse> Hello(HelloRequest request, ServerCallContext context)
    {
        var caller = FederationAuthInterceptor.CallingPeer(context);
        var updated = request.CallerDescriptor is { } presented && !presented.DescriptorBytes.IsEmpty
            && await descriptors.AdoptAsync(caller, presented);

        // A peer saying Hello has (re)started: what waits for it goes now, not at the end of the back-off.
        peerClients.Reconnect(caller.HubId);
        await grains.Keyed<IPeerHubGrain>(caller.HubId).WakeAsync(context.CancellationToken);
        waitingCases.WakeFor(caller.HubId);
        return new HelloResponse
        {
            CalleeDescriptor = own.Current,
            ServerTime = Timestamp.FromDateTimeOffset(time.GetUtcNow()),
            CallerDescriptorUpdated = updated,
        };
    }

    public override Task<SignedHubDescriptor> GetHubDescriptor(GetHubDescriptorRequest request, ServerCallContext context) =>
        Task.FromResult(own.Current);

    public override Task<SignedInstitutionKeyList> GetInstitutionKeys(GetInstitutionKeysRequest request, ServerCallContext context) =>
        institutionKeys.CurrentAsync(context.CancellationToken);

    /// <summary>See <see cref="PeerCredentialFetches"/>.</summary>
    public override Task<ResolveCredentialResponse> ResolveCredential(ResolveCredentialRequest request, ServerCallContext context) =>
        fetches.FetchAsync(request, FederationAuthInterceptor.CallingPeer(context).HubId, context);

    /// <summary>Each fetch as <see cref="ResolveCredential"/>, side by side; a refusal is that fetch's result.</summary>
    public override async Task<ResolveCredentialsResponse> ResolveCredentials(ResolveCredentialsRequest request, ServerCallContext context)
    {
        if (request.Requests.Count is 0 or > PeerCredentialFetches.MaxBatch)
        {
            new FieldViolations().Add("requests", $"requests must hold 1 to {PeerCredentialFetches.MaxBatch} fetches.").ThrowIfAny();
        }

        var caller = FederationAuthInterceptor.CallingPeer(context).HubId;
        var results = await Task.WhenAll(request.Requests.Select(r => fetches.ResultAsync(r, caller, context)));
        var response = new ResolveCredentialsResponse();
        response.Results.AddRange(results);
        return response;
    }

    /// <summary>The issuer's own view of an envelope it issued: every check against its registry and its statuses.</summary>
    public override async Task<Contracts.V1.VerificationReport> VerifyCredential(PeerVerifyCredentialRequest request, ServerCallContext context)
    {
        var header = request.Envelope is { HeaderBytes.IsEmpty: false } envelope ? EnvelopeContract.TryReadHeader(envelope.HeaderBytes.ToByteArray()) : null;
        if (header is null)
        {
            new FieldViolations().Add("envelope.header_bytes", "envelope.header_bytes must be a serialised envelope header.").ThrowIfAny();
        }

        if (header!.IssuingHubId != hub.Value.HubId)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "HEADER_MISMATCH",
                $"The envelope was issued by hub '{header.IssuingHubId}', not by this hub '{hub.Value.HubId}'; ask its issuer.", "envelope.header_bytes");
        }

        new FieldViolations().CheckCredentialId(header.CredentialId, "envelope.header_bytes").ThrowIfAny();
        if (await grains.Keyed<ICredentialGrain>(header.CredentialId).GetAsync(context.CancellationToken) is null)
        {
            throw new HubException(ErrorKind.NotFound, "CREDENTIAL_NOT_FOUND", $"No credential '{header.CredentialId}' was issued here.", "envelope.header_bytes");
        }

        var result = await verifier.VerifyAsync(EnvelopeContract.FromContract(request.Envelope!), LocalCredentialVerifier.NoShareGrant);
        return IssuingContract.ToContract(result.Report, hub.Value.HubId);
    }

    /// <summary>The registry's public record of an institution (organisational contact points, keys, QA; no personal data).</summary>
    public override async Task<Institution> LookupInstitution(GetInstitutionRequest request, ServerCallContext context)
    {
        new FieldViolations().Required(request.InstitutionId, "institution_id").ThrowIfAny();
        var snapshot = await grains.Keyed<IInstitutionGrain>(request.InstitutionId).GetAsync(context.CancellationToken)
            ?? throw new HubException(ErrorKind.NotFound, "INSTITUTION_NOT_FOUND", $"No institution {request.InstitutionId} is registered.", "institution_id");
        return RegistryContract.ToContract(snapshot);
    }

    /// <summary>Only listed programmes: an unlisted one is as unknown to a peer as to the public.</summary>
    public override async Task<Programme> LookupProgramme(GetProgrammeRequest request, ServerCallContext context)
    {
        new FieldViolations().Required(request.ProgrammeId, "programme_id").ThrowIfAny();
        var now = time.GetUtcNow();
        var snapshot = await grains.Keyed<IProgrammeGrain>(request.ProgrammeId).GetAsync(context.CancellationToken);
        if (snapshot is null || snapshot.ListingAt(now) != ProgrammeListing.Listed)
        {
            throw new HubException(ErrorKind.NotFound, "PROGRAMME_NOT_FOUND", $"No listed programme {request.ProgrammeId} is registered.", "programme_id");
        }

        return RegistryContract.ToContract(snapshot, now);
    }

    /// <summary>The same search the open registry offers anyone: entries carry no personal data.</summary>
    public override Task<SearchOpenRegistryResponse> SearchOpenRegistry(SearchOpenRegistryRequest request, ServerCallContext context) =>
        new OpenRegistrySearch(grains, time).SearchAsync(request, context.CancellationToken);

    /// <summary>See <see cref="PeerCredentialCases"/>: only cases on credentials the calling hub issued.</summary>
    public override Task<ListCredentialCasesResponse> ListCredentialCases(ListCredentialCasesRequest request, ServerCallContext context) =>
        credentialCases.ListAsync(request, FederationAuthInterceptor.CallingPeer(context).HubId, context.CancellationToken);

    public override async Task<PeerRevocationStatusResponse> GetRevocationStatus(PeerRevocationStatusRequest request, ServerCallContext context)
    {
        var problems = new FieldViolations();
        if (request.CredentialIds.Count is 0 or > MaxStatusIds)
        {
            problems.Add("credential_ids", $"credential_ids must hold 1 to {MaxStatusIds} ids.");
        }

        for (var i = 0; i < request.CredentialIds.Count; i++)
        {
            problems.CheckCredentialId(request.CredentialIds[i], $"credential_ids[{i}]");
        }

        problems.ThrowIfAny();
        var views = await Task.WhenAll(request.CredentialIds.Select(id => grains.Keyed<ICredentialGrain>(id).GetAsync(context.CancellationToken)));
        var response = new PeerRevocationStatusResponse();
        response.Statuses.AddRange(views.Select((view, i) => view is null
            ? new RevocationStatus { CredentialId = request.CredentialIds[i], AsOf = Timestamp.FromDateTimeOffset(time.GetUtcNow()) }
            : IssuingContract.ToContract(view.Status)));
        return response;
    }

    /// <summary>Records the decision on each credential this hub issued and in national statistics; idempotent on
    /// the sender's sequence and on the decision id (see <see cref="PeerDeliveryReceiver"/>).</summary>
    public override Task<DeliveryAck> DeliverRecognitionDecision(DeliverRecognitionDecisionRequest request, ServerCallContext context) =>
        ReceiveOneAsync(new OutboxDelivery { RecognitionDecision = request }, context);

    /// <summary>Stored in the inbox; the cached verifications it concerns are dropped (again, harmlessly, for a
    /// duplicate).</summary>
    public override Task<DeliveryAck> DeliverRevocationNotice(DeliverRevocationNoticeRequest request, ServerCallContext context) =>
        ReceiveOneAsync(new OutboxDelivery { RevocationNotice = request }, context);

    /// <summary>A run of outbox messages in one call; each is answered as its single-message RPC would, as a result
    /// rather than an error, so one refused message does not fail the others.</summary>
    public override async Task<DeliverMessagesResponse> DeliverMessages(DeliverMessagesRequest request, ServerCallContext context)
    {
        var caller = FederationAuthInterceptor.CallingPeer(context);
        var problems = new FieldViolations();
        if (request.Messages.Count is 0 or > PeerDeliveryReceiver.MaxMessages)
        {
            problems.Add("messages", $"messages must hold 1 to {PeerDeliveryReceiver.MaxMessages} messages.");
        }

        problems.ThrowIfAny();
        var verdicts = await deliveries.ReceiveAsync(caller, request.Messages, context.CancellationToken);
        var response = new DeliverMessagesResponse();
        response.Results.AddRange(verdicts.Select(v => v.Refusal is { } refused
            ? new DeliveryResult
            {
                Refusal = new DeliveryRefusal
                {
                    MessageId = v.MessageId,
                    Code = (int)ExceptionMappingInterceptor.ToCode(refused.Kind),
                    Reason = refused.Reason,
                    Detail = refused.Message,
                },
            }
            : new DeliveryResult { Ack = DeliveryAcks.From(v.Receipt!) }));
        return response;
    }

    private async Task<DeliveryAck> ReceiveOneAsync(OutboxDelivery message, ServerCallContext context)
    {
        var caller = FederationAuthInterceptor.CallingPeer(context);
        DeliveryValidation.Check(message, caller.HubId, hub.Value.HubId).ThrowIfAny();
        var verdict = (await deliveries.ReceiveAsync(caller, [message], context.CancellationToken))[0];
        return verdict.Refusal is { } refused ? throw refused : DeliveryAcks.From(verdict.Receipt!);
    }
}
