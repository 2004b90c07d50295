using Exchange.Contracts.V1;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Mapping.Enums;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Mapping;

/// <summary>A case as federation.proto CredentialCase shows it to the hub that issued one of its credentials: what the
/// learner may follow (who asked, for what, status, deadline, outcome) and nothing of the applicant's reference, the
/// share code or the reasons.</summary>
internal static class CredentialCaseContract
{
    public static CredentialCase ToContract(RecognitionCaseState state, string credentialId, IReadOnlyList<TextValue> requesterNames, string country, DateTimeOffset now)
    {
        var target = state.Submission!.Target;
        var result = new CredentialCase
        {
            CredentialId = credentialId,
            CaseId = state.CaseId,
            RequesterInstitution = new OrganisationRef
            {
                OrganisationId = state.RequesterInstitutionId,
                Name = RegistryContract.Text(requesterNames),
                CountryCode = country,
            },
            TargetKind = target.Kind switch
            {
                Adapters.Recognition.TargetKind.Programme => TargetKind.Programme,
                Adapters.Recognition.TargetKind.Activity => TargetKind.Activity,
                _ => TargetKind.Course,
            },
            TargetTitle = Texts.English(target.Title),
            Purpose = RecognitionRequestMapper.Purpose(state.Submission.Purpose),
            Status = RecognitionEnums.ToProto(state.Status),
            ReceivedAt = Timestamp.FromDateTimeOffset(state.ReceivedAt),
            UpdatedAt = Timestamp.FromDateTimeOffset(state.UpdatedAt),
            Overdue = state.IsOverdueAt(now),
        };
        if (state.FileCompleteAt is { } complete)
        {
            result.FileCompleteAt = Timestamp.FromDateTimeOffset(complete);
        }

        if (state.Deadline is { } deadline)
        {
            result.Deadline = Timestamp.FromDateTimeOffset(deadline);
        }

        if (state.Decision is { } decision)
        {
            result.Outcome = RecognitionEnums.ToProto(decision.Outcome);
            result.DecidedAt = Timestamp.FromDateTimeOffset(decision.DecidedAt);
        }

        return result;
    }
}
