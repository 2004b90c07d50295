using Exchange.Contracts.V1;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Services.Mapping;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Services.Issuing;

/// <summary>A recognition on the learner's record, as issuing.proto CredentialRecognition.</summary>
internal static class CredentialRecognitionContract
{
    public static CredentialRecognition ToContract(CredentialRecognitionRecord r) => new()
    {
        RecognisingHubId = r.RecognisingHubId,
        RecognisingCountryCode = r.RecognisingCountry,
        DecisionId = r.DecisionId,
        CaseId = r.CaseId,
        Outcome = (RecognitionOutcome)(int)r.Outcome,
        DecidedAt = Timestamp.FromDateTimeOffset(r.DecidedAt),
        TargetKind = (TargetKind)(int)r.TargetKind,
        TargetTitle = Texts.To(r.TargetTitle),
        RequesterInstitutionId = r.RequesterInstitutionId,
        SupersedesDecisionId = r.SupersedesDecisionId ?? "",
        RecordedAt = Timestamp.FromDateTimeOffset(r.RecordedAt),
    };
}
