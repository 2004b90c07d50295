using System.Globalization;
using Exchange.Contracts.V1;
using Exchange.Hub.Mapping;
using Exchange.Hub.Rpc;

namespace Exchange.Hub.Federation.Inbound;

/// <summary>What a delivered outbox message must carry before any of it is applied: a header naming the calling hub
/// as sender and this hub as recipient, and a body of its kind with the fields the receiver acts on.</summary>
internal static class DeliveryValidation
{
    public static FieldViolations Check(OutboxDelivery message, string callerHubId, string ownHubId)
    {
        var problems = new FieldViolations();
        switch (message.MessageCase)
        {
            case OutboxDelivery.MessageOneofCase.RecognitionDecision:
                CheckHeader(message.RecognitionDecision.Header, callerHubId, ownHubId, problems);
                CheckDecision(message.RecognitionDecision, problems);
                break;
            case OutboxDelivery.MessageOneofCase.RevocationNotice:
                CheckHeader(message.RevocationNotice.Header, callerHubId, ownHubId, problems);
                break;
            default:
                problems.Add("message", "message must be a recognition_decision or a revocation_notice.");
                break;
        }

        return problems;
    }

    private static void CheckHeader(OutboxMessageHeader? header, string callerHubId, string ownHubId, FieldViolations problems)
    {
        if (header is null)
        {
            problems.Add("header", "header is required.");
            return;
        }

        problems.Required(header.MessageId, "header.message_id");
        if (header.Sequence <= 0)
        {
            problems.Add("header.sequence", "header.sequence must be 1 or more.");
        }

        if (!string.Equals(header.SenderHubId, callerHubId, StringComparison.Ordinal))
        {
            problems.Add("header.sender_hub_id", $"header.sender_hub_id must be the calling hub '{callerHubId}'.");
        }

        if (!string.Equals(header.RecipientHubId, ownHubId, StringComparison.Ordinal))
        {
            problems.Add("header.recipient_hub_id", $"header.recipient_hub_id must be this hub '{ownHubId}'.");
        }
    }

    private static void CheckDecision(DeliverRecognitionDecisionRequest request, FieldViolations problems)
    {
        var decision = request.Decision;
        if (decision is null)
        {
            problems.Add("decision", "decision is required.");
            return;
        }

        problems.Required(decision.DecisionId, "decision.decision_id");
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

        if (request.TargetKind == TargetKind.Unspecified || !Enum.IsDefined(request.TargetKind))
        {
            problems.Add("target_kind", "target_kind must be stated.");
        }

        CheckLearnerRecord(decision, problems);
    }

    /// <summary>What the learner's record shows, checked only when sent: a sender older than these fields omits them
    /// and is not refused for it.</summary>
    private static void CheckLearnerRecord(RecognitionDecision decision, FieldViolations problems)
    {
        if (decision.RecognisedLevel is { } level && DeliveredRecognition.LevelNumber(level) is null)
        {
            problems.Add("decision.recognised_level", "decision.recognised_level needs a supported framework and a numeric level_code.");
        }

        for (var i = 0; i < decision.RecognisedEquivalentLevels.Count; i++)
        {
            if (DeliveredRecognition.LevelNumber(decision.RecognisedEquivalentLevels[i]) is null)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"decision.recognised_equivalent_levels[{i}]"),
                    "Each equivalent level needs a supported framework and a numeric level_code.");
            }
        }

        for (var i = 0; i < decision.CompensatoryMeasures.Count; i++)
        {
            if (Texts.IsBlank(decision.CompensatoryMeasures[i].Description))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"decision.compensatory_measures[{i}].description"),
                    "A compensatory measure must say what the learner has to do.");
            }
        }

        if (decision.Appeal?.AppealDeadline is { } until && decision.DecidedAt is { } decided && until.ToDateTimeOffset() < decided.ToDateTimeOffset())
        {
            problems.Add("decision.appeal.appeal_deadline", "decision.appeal.appeal_deadline must not be before decision.decided_at.");
        }
    }
}
