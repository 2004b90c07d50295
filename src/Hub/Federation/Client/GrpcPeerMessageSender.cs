using Exchange.Contracts.V1;
using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Hosting;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Federation.Client;

/// <summary>Delivers outbox entries over HubFederation. The entry body is the federation request without its
/// outbox header; the header (message id, sequence, attempt) is stamped here, at send time.</summary>
internal sealed class GrpcPeerMessageSender(PeerClients clients, IOptions<HubOptions> hub) : IPeerMessageSender
{
    public async Task<PeerDeliveryAck> SendAsync(string peerHubId, OutboxEntry entry, CancellationToken cancellationToken)
    {
        var header = new OutboxMessageHeader
        {
            MessageId = entry.MessageId,
            SenderHubId = hub.Value.HubId,
            RecipientHubId = peerHubId,
            Sequence = entry.Sequence,
            CreatedAt = Timestamp.FromDateTimeOffset(entry.CreatedAt),
            Attempt = entry.Attempts,
        };
        try
        {
            var ack = entry.Message.Kind switch
            {
                OutboxMessageKind.RecognitionDecision => await clients.CallAsync(peerHubId, async (client, options) =>
                {
                    var request = DeliverRecognitionDecisionRequest.Parser.ParseFrom(entry.Message.Body);
                    request.Header = header;
                    return await client.DeliverRecognitionDecisionAsync(request, options);
                }, cancellationToken),
                OutboxMessageKind.RevocationNotice => await clients.CallAsync(peerHubId, async (client, options) =>
                {
                    var request = DeliverRevocationNoticeRequest.Parser.ParseFrom(entry.Message.Body);
                    request.Header = header;
                    return await client.DeliverRevocationNoticeAsync(request, options);
                }, cancellationToken),
                _ => throw new PeerRejectedMessageException($"Unknown outbox message kind {entry.Message.Kind}."),
            };
            return new PeerDeliveryAck(ack.MessageId, ack.Duplicate, ack.HighestContiguousSequence);
        }
        catch (RpcException refused) when (IsVerdictOnTheMessage(refused.StatusCode))
        {
            throw new PeerRejectedMessageException($"{peerHubId} answered {refused.StatusCode}: {refused.Status.Detail}", refused);
        }
    }

    // Only an answer about the message itself sets it aside (NOT_FOUND: it names a credential the peer never issued). Outages, and refusals of who we are (the peer has
    // not pinned our new key yet), keep it queued and retried: they are fixed elsewhere and the message must
    // still arrive afterwards.
    private static bool IsVerdictOnTheMessage(StatusCode code) =>
        code is StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.NotFound or StatusCode.OutOfRange or StatusCode.Unimplemented;
}
