using System.Globalization;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Mapping.Enums;
using V1 = Exchange.Contracts.V1;
using QualificationFramework = Exchange.Adapters.Frameworks.QualificationFramework;

namespace Exchange.Hub.Mapping;

/// <summary>A delivered decision (already checked by the inbox's validation) as the learner's record keeps it. What an
/// older sender leaves out stays empty: no level, no scope, no conditions, no appeal information.</summary>
internal static class DeliveredRecognition
{
    public static CredentialRecognitionRecord ToRecord(V1.DeliverRecognitionDecisionRequest request, string senderHubId, string senderCountry, DateTimeOffset recordedAt)
    {
        var decision = request.Decision;
        return new CredentialRecognitionRecord(
            decision.DecisionId, decision.CaseId, senderHubId, senderCountry, RecognitionEnums.ToDomain(decision.Outcome),
            decision.DecidedAt.ToDateTimeOffset(), RecognitionEnums.ToDomain(request.TargetKind), Texts.From(request.TargetTitle),
            request.RequesterInstitution?.OrganisationId ?? "", decision.SupersedesDecisionId.Length > 0 ? decision.SupersedesDecisionId : null,
            recordedAt, senderHubId, request.Header.Sequence)
        {
            RecognisedLevel = Level(decision),
            RecognisedScope = Texts.From(decision.RecognisedScope),
            NotRecognisedScope = Texts.From(decision.NotRecognisedScope),
            Conditions = [.. decision.CompensatoryMeasures.Select(Condition)],
            Appeal = decision.Appeal is { } appeal ? Appeal(appeal) : null,
            RequesterInstitutionName = Texts.From(request.RequesterInstitution?.Name),
            DecisionCredential = decision.DecisionCredential.Length > 0 ? decision.DecisionCredential : null,
        };
    }

    /// <summary>The level in the sender's framework with its EQF level (0 when the sender named none).</summary>
    private static CaseLevel? Level(V1.RecognitionDecision decision)
    {
        if (decision.RecognisedLevel is not { } level || LevelNumber(level) is not { } number)
        {
            return null;
        }

        var eqf = decision.RecognisedEquivalentLevels.Where(l => l.Framework == V1.QualificationFramework.Eqf).Select(LevelNumber).FirstOrDefault(n => n is not null);
        return new CaseLevel(RecognitionRequestMapper.Framework(level.Framework), number, eqf ?? 0);
    }

    internal static int? LevelNumber(V1.Level level) =>
        RecognitionRequestMapper.Framework(level.Framework) != QualificationFramework.Unspecified
        && int.TryParse(level.LevelCode, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 0 and <= 10
            ? number
            : null;

    private static CaseMeasure Condition(V1.CompensatoryMeasure measure) => new(
        measure.MeasureId,
        // A kind or criterion this hub does not know (a newer sender) is shown as another measure, never refused.
        measure.Kind != V1.CompensatoryMeasureKind.Unspecified && Enum.IsDefined(measure.Kind) ? RecognitionEnums.ToDomain(measure.Kind) : CaseMeasureKind.Other,
        Texts.From(measure.Description),
        [.. measure.ClosesCriteria.Where(c => c != V1.RecognitionCriterion.Unspecified && Enum.IsDefined(c)).Select(RecognitionEnums.ToDomain)],
        measure.Workload is { Unit: V1.WorkloadUnit.EctsCredit } workload
        && decimal.TryParse(workload.Amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var ects) ? ects : null);

    private static RecognitionAppeal Appeal(V1.AppealInfo appeal) => new(
        appeal.Appealable,
        appeal.AppealDeadline?.ToDateTimeOffset(),
        appeal.AppealBody?.OrganisationId ?? "",
        Texts.From(appeal.AppealBody?.Name),
        Texts.From(appeal.Instructions));
}
