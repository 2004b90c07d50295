using Exchange.Contracts.V1;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Mapping.Enums;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Mapping;

/// <summary>A recognition on the learner's record, as issuing.proto CredentialRecognition.</summary>
internal static class CredentialRecognitionContract
{
    public static CredentialRecognition ToContract(CredentialRecognitionRecord r)
    {
        var result = new CredentialRecognition
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
            RecognisedScope = Texts.To(r.RecognisedScope),
            NotRecognisedScope = Texts.To(r.NotRecognisedScope),
            RequesterInstitutionName = Texts.To(r.RequesterInstitutionName),
            DecisionCredential = r.DecisionCredential ?? "",
        };
        if (r.RecognisedLevel is { } level)
        {
            result.RecognisedLevel = RecognitionCaseMapper.Level(level.Framework, level.Level);
            if (level.EqfLevel > 0)
            {
                result.RecognisedEquivalentLevels.Add(RecognitionCaseMapper.Level(Adapters.Frameworks.QualificationFramework.Eqf, level.EqfLevel));
            }
        }

        result.CompensatoryMeasures.AddRange(r.Conditions.Select(RecognitionCaseMapper.Measure));
        if (r.Appeal is { } appeal)
        {
            result.Appeal = new AppealInfo { Appealable = appeal.Appealable, Instructions = Texts.To(appeal.Instructions) };
            if (appeal.Deadline is { } until)
            {
                result.Appeal.AppealDeadline = Timestamp.FromDateTimeOffset(until);
            }

            if (appeal.BodyId.Length > 0 || appeal.BodyName.Count > 0)
            {
                result.Appeal.AppealBody = new OrganisationRef { OrganisationId = appeal.BodyId, Name = Texts.To(appeal.BodyName), CountryCode = r.RecognisingCountry };
            }
        }

        return result;
    }
}
