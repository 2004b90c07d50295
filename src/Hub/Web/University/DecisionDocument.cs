using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Mapping;
using Google.Protobuf;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Web.University;

/// <summary>The decision as the API gives it (<see cref="V1.RecognitionDecision"/>), for <c>decision.json</c>: the
/// university's own systems read the download as they read GetRecognitionCase, field names as the JSON transcoding
/// writes them. The appeal body is the hub's recognition policy's when the decision does not name one.</summary>
public static class DecisionDocument
{
    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default.WithIndentation());

    public static V1.RecognitionDecision Of(RecognitionCaseState state, CaseDecision decision, string hubId, HubRecognitionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var result = RecognitionCaseMapper.Decision(decision, state, hubId);
        if (result.Appeal.AppealBody is null && policy.AppealBodyName.Length > 0)
        {
            result.Appeal.AppealBody = new V1.OrganisationRef
            {
                OrganisationId = policy.AppealBodyId,
                Name = new V1.MultilingualText { Values = { new V1.LocalizedText { Language = "en", Text = policy.AppealBodyName } } },
            };
        }

        return result;
    }

    public static string ToJson(V1.RecognitionDecision decision) => Json.Format(decision);

    /// <summary>The download's file name: the decision id, which is also inside.</summary>
    public static string FileName(CaseDecision decision, string extension)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.DecisionId + "." + extension;
    }
}
