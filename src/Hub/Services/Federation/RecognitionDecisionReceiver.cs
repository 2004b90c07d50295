using System.Globalization;
using Exchange.Contracts.V1;
using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Services.Infrastructure;
using Exchange.Hub.Services.Mapping;
using Google.Protobuf.WellKnownTypes;
using DecisionOutcome = Exchange.Hub.Grains.Recognition.DecisionOutcome;

namespace Exchange.Hub.Services.Federation;

/// <summary>
/// Applies a recognition decision a peer took on this hub's credentials: the learner's record on each credential,
/// then national statistics, then the inbox mark. Each effect is idempotent by itself (the record on the decision
/// id, the statistics on the sender's sequence), so a crash anywhere in between is repaired by the sender's
/// retry of the same message, and a second message carrying the same decision changes nothing.
/// </summary>
internal sealed class RecognitionDecisionReceiver(IGrainFactory grains, TimeProvider time)
{
    public async Task<DeliveryAck> ReceiveAsync(DeliverRecognitionDecisionRequest request, OutboxMessageHeader header, PinnedPeer sender)
    {
        var decision = Validate(request);
        var inbox = grains.GetGrain<IPeerInboxGrain>(sender.HubId);
        if (!await inbox.HasReceived(header.Sequence))
        {
            await ApplyAsync(request, decision, header, sender);
        }

        return DeliveryAcks.From(await inbox.Accept(header.MessageId, header.Sequence));
    }

    private async Task ApplyAsync(DeliverRecognitionDecisionRequest request, RecognitionDecision decision, OutboxMessageHeader header, PinnedPeer sender)
    {
        var credentials = decision.CredentialIds.Select(id => grains.GetGrain<ICredentialGrain>(id)).ToList();
        var issued = await Task.WhenAll(credentials.Select(c => c.GetAsync()));
        var unknown = Array.FindIndex(issued, view => view is null);
        if (unknown >= 0)
        {
            throw new HubException(ErrorKind.NotFound, "CREDENTIAL_NOT_FOUND",
                $"No credential {decision.CredentialIds[unknown]} was issued here.", string.Create(CultureInfo.InvariantCulture, $"decision.credential_ids[{unknown}]"));
        }

        var decidedAt = decision.DecidedAt.ToDateTimeOffset();
        var outcome = (DecisionOutcome)(int)decision.Outcome;
        var record = new CredentialRecognitionRecord(
            decision.DecisionId, decision.CaseId, sender.HubId, sender.Country, outcome, decidedAt,
            (RecognisedTargetKind)(int)request.TargetKind, Texts.From(request.TargetTitle),
            request.RequesterInstitution?.OrganisationId ?? "", decision.SupersedesDecisionId.Length > 0 ? decision.SupersedesDecisionId : null,
            time.GetUtcNow(), sender.HubId, header.Sequence);
        var recordedByThisMessage = await Task.WhenAll(credentials.Select(c => c.RecordRecognitionAsync(record)));
        if (recordedByThisMessage[0])
        {
            await grains.GetGrain<IRecognitionStatisticsGrain>(RecognitionStatisticsGrain.KeyFor(decidedAt.Year))
                .Count(sender.HubId, header.Sequence, outcome, sender.Country);
        }
    }

    private static RecognitionDecision Validate(DeliverRecognitionDecisionRequest request)
    {
        var problems = new FieldViolations();
        var decision = request.Decision;
        if (decision is null)
        {
            problems.Add("decision", "decision is required.");
            problems.ThrowIfAny();
        }

        problems.Required(decision!.DecisionId, "decision.decision_id");
        if (decision.Outcome is not (RecognitionOutcome.Full or RecognitionOutcome.Partial or RecognitionOutcome.Denied))
        {
            problems.Add("decision.outcome", "decision.outcome must be FULL, PARTIAL or DENIED.");
        }

        if (decision.DecidedAt is null)
        {
            problems.Add("decision.decided_at", "decision.decided_at is required.");
        }

        if (decision.CredentialIds.Count == 0)
        {
            problems.Add("decision.credential_ids", "decision.credential_ids must name the credentials this hub issued.");
        }

        for (var i = 0; i < decision.CredentialIds.Count; i++)
        {
            problems.Required(decision.CredentialIds[i], string.Create(CultureInfo.InvariantCulture, $"decision.credential_ids[{i}]"));
        }

        if (request.TargetKind == TargetKind.Unspecified || !System.Enum.IsDefined(request.TargetKind))
        {
            problems.Add("target_kind", "target_kind must be stated.");
        }

        problems.ThrowIfAny();
        return decision;
    }
}

/// <summary>The federation acknowledgement of an inbox receipt.</summary>
internal static class DeliveryAcks
{
    public static DeliveryAck From(InboxReceipt receipt) => new()
    {
        MessageId = receipt.MessageId,
        Duplicate = receipt.Duplicate,
        ReceivedAt = Timestamp.FromDateTimeOffset(receipt.ReceivedAt),
        HighestContiguousSequence = receipt.HighestContiguousSequence,
    };
}
