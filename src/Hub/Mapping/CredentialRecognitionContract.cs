using Exchange.Contracts.V1;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Mapping.Enums;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Mapping;

/// <summary>A recognition on the learner's record, as issuing.proto CredentialRecognition.</summary>
internal static class CredentialRecognitionContract
{
    public static CredentialRecognition ToContract(CredentialRecognitionRecord r) => new()
    {
        RecognisingHubId = r.RecognisingHubId,
        RecognisingCountryCode = r.RecognisingCountry,
        DecisionId = r.DecisionId,
        CaseId = r.CaseId,
        Outcome = RecognitionEnums.ToProto(r.Outcome),
        DecidedAt = Timestamp.FromDateTimeOffset(r.DecidedAt),
        TargetKind = RecognitionEnums.ToProto(r.TargetKind),
        TargetTitle = Texts.To(r.TargetTitle),
        RequesterInstitutionId = r.RequesterInstitutionId,
        SupersedesDecisionId = r.SupersedesDecisionId ?? "",
        RecordedAt = Timestamp.FromDateTimeOffset(r.RecordedAt),
    };
}
