using Exchange.Contracts.V1;
using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Hosting;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Federation.Client;

/// <summary>Delivers outbox entries over HubFederation, a whole run in one <c>DeliverMessages</c> call (one
/// signature, one inbox write at the peer). The entry body is the single-message federation request without its
/// outbox header; the header (message id, sequence, attempt) is stamped here, at send time. A peer that does not
/// know <c>DeliverMessages</c> yet (UNIMPLEMENTED) gets the messages one by one through the single-message RPCs.</summary>
internal sealed class GrpcPeerMessageSender(PeerClients clients, IOptions<HubOptions> hub) : IPeerMessageSender
{
    public async Task<IReadOnlyList<PeerDeliveryOutcome>> SendAsync(string peerHubId, IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        var request = new DeliverMessagesRequest();
        var unknown = new Dictionary<int, PeerDeliveryOutcome>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (ToDelivery(peerHubId, entries[i]) is { } delivery)
            {
                request.Messages.Add(delivery);
            }
            else
            {
                unknown[i] = PeerDeliveryOutcome.Refused(entries[i].MessageId, $"Unknown outbox message kind {entries[i].Message.Kind}.");
            }
        }

        if (request.Messages.Count == 0)
        {
            return [.. unknown.Values];
        }

        IReadOnlyList<PeerDeliveryOutcome> answered;
        try
        {
            var response = await clients.CallAsync(peerHubId, async (client, options) => await client.DeliverMessagesAsync(request, options), cancellationToken);
            answered = [.. response.Results.Select(ToOutcome)];
        }
        catch (RpcException old) when (old.StatusCode == StatusCode.Unimplemented)
        {
            answered = await SendOneByOneAsync(peerHubId, request.Messages, cancellationToken);
        }

        return unknown.Count == 0 ? answered : Merge(entries.Count, unknown, answered);
    }

    private async Task<IReadOnlyList<PeerDeliveryOutcome>> SendOneByOneAsync(string peerHubId, IEnumerable<OutboxDelivery> messages, CancellationToken cancellationToken)
    {
        var outcomes = new List<PeerDeliveryOutcome>();
        foreach (var message in messages)
        {
            try
            {
                var ack = message.MessageCase == OutboxDelivery.MessageOneofCase.RecognitionDecision
                    ? await clients.CallAsync(peerHubId, async (client, options) => await client.DeliverRecognitionDecisionAsync(message.RecognitionDecision, options), cancellationToken)
                    : await clients.CallAsync(peerHubId, async (client, options) => await client.DeliverRevocationNoticeAsync(message.RevocationNotice, options), cancellationToken);
                outcomes.Add(ToOutcome(new DeliveryResult { Ack = ack }));
            }
            catch (RpcException refused) when (PermanentDeliveryRefusal.IsAboutTheMessage(refused))
            {
                outcomes.Add(PeerDeliveryOutcome.Refused(message.Header!.MessageId, $"{peerHubId} answered {refused.StatusCode}: {refused.Status.Detail}"));
            }
        }

        return outcomes;
    }

    private OutboxDelivery? ToDelivery(string peerHubId, OutboxEntry entry)
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
        switch (entry.Message.Kind)
        {
            case OutboxMessageKind.RecognitionDecision:
                var decision = DeliverRecognitionDecisionRequest.Parser.ParseFrom(entry.Message.Body);
                decision.Header = header;
                return new OutboxDelivery { RecognitionDecision = decision };
            case OutboxMessageKind.RevocationNotice:
                var notice = DeliverRevocationNoticeRequest.Parser.ParseFrom(entry.Message.Body);
                notice.Header = header;
                return new OutboxDelivery { RevocationNotice = notice };
            default:
                return null;
        }
    }

    private static PeerDeliveryOutcome ToOutcome(DeliveryResult result) => result.ResultCase == DeliveryResult.ResultOneofCase.Refusal
        ? PeerDeliveryOutcome.Refused(result.Refusal.MessageId, $"{(StatusCode)result.Refusal.Code} {result.Refusal.Reason}: {result.Refusal.Detail}")
        : PeerDeliveryOutcome.Stored(new PeerDeliveryAck(result.Ack.MessageId, result.Ack.Duplicate, result.Ack.HighestContiguousSequence));

    private static List<PeerDeliveryOutcome> Merge(int count, Dictionary<int, PeerDeliveryOutcome> unknown, IReadOnlyList<PeerDeliveryOutcome> answered)
    {
        var merged = new List<PeerDeliveryOutcome>(count);
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            merged.Add(unknown.TryGetValue(i, out var refused) ? refused : answered[next++]);
        }

        return merged;
    }
}
