using Exchange.Contracts.V1;
using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Revocation;
using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Hosting;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Federation.Inbound;

/// <summary>What this hub answered about one delivered message: its inbox receipt, or why it refused it.</summary>
internal sealed record DeliveryVerdict(string MessageId, InboxReceipt? Receipt, HubException? Refusal);

/// <summary>
/// Receives a run of outbox messages from one peer, in the sender's order: invalid messages are refused one by one;
/// the others that the inbox has not recorded are applied (decisions on credentials and in statistics, revocation
/// notices on cached verifications); then the inbox records them all with one write. A crash before that write
/// loses nothing: the sender did not get an acknowledgement, sends the same messages again, and every effect is
/// idempotent.
/// </summary>
internal sealed class PeerDeliveryReceiver(
    IGrainFactory grains,
    RecognitionDecisionReceiver decisions,
    RevocationNoticeEffects revocations,
    IOptions<HubOptions> hub)
{
    public const int MaxMessages = 256;

    public async Task<IReadOnlyList<DeliveryVerdict>> ReceiveAsync(PinnedPeer sender, IReadOnlyList<OutboxDelivery> messages, CancellationToken cancellationToken)
    {
        var verdicts = new DeliveryVerdict?[messages.Count];
        var valid = new List<int>(messages.Count);
        for (var i = 0; i < messages.Count; i++)
        {
            var problems = DeliveryValidation.Check(messages[i], sender.HubId, hub.Value.HubId);
            if (problems.Any)
            {
                verdicts[i] = new DeliveryVerdict(messages[i].Header?.MessageId ?? "", null,
                    new HubException(ErrorKind.InvalidArgument, "INVALID_ARGUMENT", problems.Describe()));
                continue;
            }

            valid.Add(i);
        }

        var inbox = grains.Keyed<IPeerInboxGrain>(sender.HubId);
        var fresh = (await inbox.NotYetReceivedAsync([.. valid.Select(i => Header(messages[i]).Sequence)], cancellationToken)).ToHashSet();
        // From here on the delivery writes (recognitions, statistics, the inbox): it completes once started, so a
        // cancelled call never leaves a decision recorded but not counted.
        var newDecisions = valid.Where(i => messages[i].MessageCase == OutboxDelivery.MessageOneofCase.RecognitionDecision
            && fresh.Contains(Header(messages[i]).Sequence)).ToList();
        var refusals = await decisions.ApplyAsync(sender, [.. newDecisions.Select(i => messages[i].RecognitionDecision)]);
        for (var k = 0; k < newDecisions.Count; k++)
        {
            if (refusals[k] is { } refused)
            {
                verdicts[newDecisions[k]] = new DeliveryVerdict(Header(messages[newDecisions[k]]).MessageId, null, refused);
            }
        }

        var accepted = valid.Where(i => verdicts[i] is null).ToList();
        var receipts = await inbox.AcceptAsync([.. accepted.Select(i => new InboxArrival(Header(messages[i]).MessageId, Header(messages[i]).Sequence))], CancellationToken.None);
        for (var k = 0; k < accepted.Count; k++)
        {
            var message = messages[accepted[k]];
            verdicts[accepted[k]] = new DeliveryVerdict(receipts[k].MessageId, receipts[k], null);
            if (message.MessageCase == OutboxDelivery.MessageOneofCase.RevocationNotice)
            {
                // Applied again for a duplicate too: dropping cached verifications twice is harmless.
                revocations.Apply(sender.HubId, message.RevocationNotice);
            }
        }

        return [.. verdicts.Select(v => v!)];
    }

    // Only for messages that passed validation, which requires a header.
    private static OutboxMessageHeader Header(OutboxDelivery message) => message.Header!;
}
