using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Auth;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Federation.Descriptors;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Resilience;
using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Trust;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Tests.Federation;

/// <summary>Hub-to-hub calls between two real hub processes on loopback.</summary>
public sealed class FederationOverGrpcTests(TwoHubsFixture hubs) : IClassFixture<TwoHubsFixture>
{
    private const string HelloMethod = "/exchange.v1.HubFederation/Hello";

    [Fact]
    public async Task A_pinned_peer_says_hello_and_gets_a_descriptor_signed_by_the_key_it_pinned()
    {
        using var clients = ClientsOfKz();
        var reply = await clients.CallAsync("hub-ua", async (c, o) => await c.HelloAsync(new HelloRequest(), o), CancellationToken.None);

        var accepted = DescriptorAcceptance.Accept(TwoHubsFixture.Pinned(hubs.UaSettings, hubs.UaKeys), reply.CalleeDescriptor);
        Assert.Equal("hub-ua", accepted.HubId);
        Assert.Equal("UA", HubDescriptor.Parser.ParseFrom(reply.CalleeDescriptor.DescriptorBytes).CountryCode);
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

        var refusal = await Assert.ThrowsAsync<PeerRejectedMessageException>(() => sender.SendAsync("hub-ua", entry, CancellationToken.None));
        Assert.Contains("InvalidArgument", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delivery_claiming_to_come_from_another_hub_is_refused_and_set_aside()
    {
        using var clients = ClientsOfKz();
        var sender = new GrpcPeerMessageSender(clients, Options.Create(new HubOptions { HubId = "hub-lv" }));
        var entry = new OutboxEntry("hub-lv:hub-ua:000000001", 1, new OutboxMessage(OutboxMessageKind.RecognitionDecision, []), DateTimeOffset.UtcNow);

        var refusal = await Assert.ThrowsAsync<PeerRejectedMessageException>(() => sender.SendAsync("hub-ua", entry, CancellationToken.None));
        Assert.Contains("sender_hub_id", refusal.Message, StringComparison.Ordinal);
    }

    private PeerClients ClientsOfKz() => hubs.KzCallingUa();

    private HubFederation.HubFederationClient RawClient() => new(hubs.Ua.CreateChannel());
}
