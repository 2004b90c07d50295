using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Auth;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Federation.Descriptors;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Resilience;
using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Hosting;
using Exchange.Hub.Signing;
using Exchange.Hub.Tests.Infrastructure;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Tests.Federation;

/// <summary>Hub-to-hub calls between two real hub processes on loopback.</summary>
public sealed class FederationOverGrpcSpecs(TwoHubsFixture hubs) : IClassFixture<TwoHubsFixture>
{
    private const string HelloMethod = "/exchange.v1.HubFederation/Hello";

    [Fact]
    public async Task A_pinned_peer_says_hello_and_gets_a_descriptor_signed_by_the_key_it_pinned()
    {
        using var clients = ClientsOfKz();
        var reply = await clients.CallAsync("hub-ua", async (c, o) => await c.HelloAsync(new HelloRequest(), o), CancellationToken.None);

        var accepted = DescriptorAcceptance.Accept(TwoHubsFixture.Pinned(hubs.UaSettings, hubs.UaKeys), reply.CalleeDescriptor, DateTimeOffset.UtcNow);
        Assert.Equal("hub-ua", accepted.HubId);
        Assert.Equal("UA", HubDescriptor.Parser.ParseFrom(reply.CalleeDescriptor.DescriptorBytes).CountryCode);
    }

    [Fact]
    public async Task A_peer_presenting_a_TLS_key_other_than_the_pinned_one_is_refused_by_name()
    {
        var wrongPin = HubProcessSettings.Fresh("hub-impostor").TlsKeyPin();
        using var clients = new PeerClients(
            new PeerDirectory([TwoHubsFixture.Pinned(hubs.UaSettings, hubs.UaKeys) with { TlsKeyPins = [wrongPin] }]),
            hubs.KzKeys,
            new PeerCallPipelines(Options.Create(new PeerResilienceOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(10) }), TimeProvider.System),
            TimeProvider.System);

        var refusal = await Assert.ThrowsAsync<Errors.HubException>(() =>
            clients.CallAsync("hub-ua", async (c, o) => await c.HelloAsync(new HelloRequest(), o), CancellationToken.None));

        Assert.Equal("PEER_TLS_KEY_NOT_PINNED", refusal.Reason);
        Assert.Contains(hubs.Ua.TlsKeyPins.Single(), refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hub_nobody_pinned_is_refused_naming_the_failed_check()
    {
        using var strangerKey = Es256.CreateKey();
        var headers = new FederationRequestSigner("hub-xx", "hub-xx#1", strangerKey, TimeProvider.System)
            .Sign(HelloMethod, "hub-ua", new HelloRequest().ToByteArray());

        var refusal = await Assert.ThrowsAsync<RpcException>(() => RawClient().HelloAsync(new HelloRequest(), headers).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, refusal.StatusCode);
        Assert.Equal("UNKNOWN_HUB", refusal.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
    }

    [Fact]
    public async Task A_replayed_request_is_refused()
    {
        var headers = new FederationRequestSigner("hub-kz", hubs.KzKeys.AttestationKeyId, hubs.KzKeys.AttestationKey, TimeProvider.System)
            .Sign(HelloMethod, "hub-ua", new HelloRequest().ToByteArray());
        await RawClient().HelloAsync(new HelloRequest(), headers);

        var refusal = await Assert.ThrowsAsync<RpcException>(() => RawClient().HelloAsync(new HelloRequest(), headers).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, refusal.StatusCode);
        Assert.Equal("REQUEST_REPLAYED", refusal.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
    }

    [Fact]
    public async Task A_call_without_authentication_metadata_is_unauthenticated()
    {
        var refusal = await Assert.ThrowsAsync<RpcException>(() => RawClient().GetHubDescriptorAsync(new GetHubDescriptorRequest()).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, refusal.StatusCode);
        Assert.Equal("AUTH_METADATA_MISSING", refusal.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
    }

    [Fact]
    public async Task A_delivered_decision_that_names_no_credential_is_refused_and_set_aside_naming_the_field()
    {
        using var clients = ClientsOfKz();
        var sender = new GrpcPeerMessageSender(clients, Options.Create(new HubOptions { HubId = "hub-kz" }));
        var body = new DeliverRecognitionDecisionRequest
        {
            TargetKind = TargetKind.Course,
            Decision = new RecognitionDecision { DecisionId = "KZ-1-d1", Outcome = RecognitionOutcome.Full, DecidedAt = Timestamp.FromDateTime(DateTime.UtcNow) },
        }.ToByteArray();
        var entry = new OutboxEntry($"hub-kz:hub-ua:{Guid.NewGuid():N}", 1, new OutboxMessage(OutboxMessageKind.RecognitionDecision, body), DateTimeOffset.UtcNow);

        var outcome = Assert.Single(await sender.SendAsync("hub-ua", [entry], CancellationToken.None));
        Assert.Null(outcome.Ack);
        Assert.Contains("InvalidArgument", outcome.Refusal, StringComparison.Ordinal);
        Assert.Contains("decision.credential_ids", outcome.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_delivery_refuses_the_invalid_message_alone_and_stores_the_ones_after_it()
    {
        using var clients = ClientsOfKz();
        var sender = new GrpcPeerMessageSender(clients, Options.Create(new HubOptions { HubId = "hub-kz" }));
        var run = Guid.NewGuid().ToString("N");
        var invalid = new OutboxEntry($"hub-kz:hub-ua:{run}-1", 101, new OutboxMessage(OutboxMessageKind.RecognitionDecision,
            new DeliverRecognitionDecisionRequest { Decision = new RecognitionDecision { DecisionId = "KZ-9-d1" } }.ToByteArray()), DateTimeOffset.UtcNow);
        var notice = new OutboxEntry($"hub-kz:hub-ua:{run}-2", 102, new OutboxMessage(OutboxMessageKind.RevocationNotice,
            new DeliverRevocationNoticeRequest().ToByteArray()), DateTimeOffset.UtcNow);

        var outcomes = await sender.SendAsync("hub-ua", [invalid, notice], CancellationToken.None);

        Assert.Equal([invalid.MessageId, notice.MessageId], outcomes.Select(o => o.MessageId));
        Assert.Null(outcomes[0].Ack);
        Assert.Contains("decision.outcome", outcomes[0].Refusal, StringComparison.Ordinal);
        Assert.Contains("target_kind", outcomes[0].Refusal, StringComparison.Ordinal);
        Assert.Null(outcomes[1].Refusal);
        Assert.False(outcomes[1].Ack!.Duplicate);

        var again = await sender.SendAsync("hub-ua", [notice], CancellationToken.None);
        Assert.True(Assert.Single(again).Ack!.Duplicate);
    }

    [Fact]
    public async Task A_delivery_claiming_to_come_from_another_hub_is_refused_and_set_aside()
    {
        using var clients = ClientsOfKz();
        var sender = new GrpcPeerMessageSender(clients, Options.Create(new HubOptions { HubId = "hub-lv" }));
        var entry = new OutboxEntry("hub-lv:hub-ua:000000001", 1, new OutboxMessage(OutboxMessageKind.RecognitionDecision, []), DateTimeOffset.UtcNow);

        var outcome = Assert.Single(await sender.SendAsync("hub-ua", [entry], CancellationToken.None));
        Assert.Null(outcome.Ack);
        Assert.Contains("sender_hub_id", outcome.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_of_fetches_answers_each_with_its_credential_or_its_refusal_naming_the_problem()
    {
        var shared = await FederatedParties.IssueAndShareAsync(hubs.Ua, "batch-" + Guid.NewGuid().ToString("N")[..8], "UA-L-BATCH", "hub-kz");
        var forLv = await FederatedParties.IssueAndShareAsync(hubs.Ua, "batch-" + Guid.NewGuid().ToString("N")[..8], "UA-L-BATCH", "hub-lv");
        using var clients = ClientsOfKz();
        var fetches = new GrpcPeerCredentialCalls(clients);
        var request = new ResolveCredentialsRequest
        {
            Requests =
            {
                new ResolveCredentialRequest { CredentialId = shared.CredentialId, ShareCode = shared.ShareCode, RequestingInstitutionId = "KZ-UNI" },
                new ResolveCredentialRequest { CredentialId = "UA-CRED-0000000000000000dead", ShareCode = shared.ShareCode },
                new ResolveCredentialRequest { CredentialId = forLv.CredentialId, ShareCode = forLv.ShareCode },
                new ResolveCredentialRequest { CredentialId = shared.CredentialId },
                new ResolveCredentialRequest { CredentialId = shared.CredentialId, ShareCode = forLv.ShareCode },
            },
        };

        var results = (await fetches.ResolveManyAsync("hub-ua", request, CancellationToken.None)).Results.Select(CredentialFetch.From).ToList();

        Assert.Equal(shared.CredentialId, results[0].Credential?.RevocationStatus.CredentialId);
        Assert.False(results[0].Credential!.Envelope.Payload.IsEmpty);
        Assert.Equal((StatusCode.NotFound, "CREDENTIAL_NOT_FOUND"), (results[1].RefusalCode, results[1].RefusalReason));
        Assert.Equal((StatusCode.PermissionDenied, "SHARE_RECIPIENT_MISMATCH"), (results[2].RefusalCode, results[2].RefusalReason));
        Assert.Equal((StatusCode.InvalidArgument, "INVALID_ARGUMENT"), (results[3].RefusalCode, results[3].RefusalReason));
        Assert.Contains("share_code", results[3].RefusalDetail, StringComparison.Ordinal);
        Assert.Equal((StatusCode.PermissionDenied, "SHARE_CODE_INVALID"), (results[4].RefusalCode, results[4].RefusalReason));
    }

    [Fact]
    public async Task An_empty_batch_of_fetches_is_refused_naming_the_field()
    {
        using var clients = ClientsOfKz();

        var refusal = await Assert.ThrowsAsync<RpcException>(() => new GrpcPeerCredentialCalls(clients).ResolveManyAsync("hub-ua", new ResolveCredentialsRequest(), CancellationToken.None));

        Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
        Assert.Equal("requests", Assert.Single(refusal.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations).Field);
    }

    private PeerClients ClientsOfKz() => hubs.KzCallingUa();

    private HubFederation.HubFederationClient RawClient() => new(hubs.Ua.CreateChannel());
}
