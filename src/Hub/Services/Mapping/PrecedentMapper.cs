using Exchange.Hub.Grains.Review;
using Exchange.Hub.Mapping;
using Exchange.Hub.Mapping.Enums;
using Google.Protobuf.WellKnownTypes;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Services.Mapping;

/// <summary>An earlier decision as ReviewCaseDetail.precedents carries it.</summary>
internal static class PrecedentMapper
{
    /// <summary>As many as the console shows beside a case.</summary>
    public const int Shown = 20;

    public static V1.Precedent ToProto(PrecedentMatch match)
    {
        var p = match.Precedent;
        return new V1.Precedent
        {
            CaseId = p.CaseId,
            DecisionId = p.DecisionId,
            SameProgramme = match.SameProgramme,
            Outcome = RecognitionEnums.ToProto(p.Outcome),
            Reasons = new V1.LocalizedText { Language = p.ReasonsLanguage, Text = p.Reasons },
            DecidedAt = Timestamp.FromDateTimeOffset(p.DecidedAt),
            DecidedBy = RecognitionEnums.ToProto(p.DecidedBy),
            DeciderId = p.DeciderId,
            Purpose = RecognitionRequestMapper.Purpose(p.Purpose),
            ForeignInstitutionId = p.Subject.InstitutionId,
            ForeignInstitutionName = p.Subject.InstitutionName ?? "",
            ProgrammeTitle = p.Subject.ProgrammeTitle,
            Country = p.Subject.Country,
            SupersededByDecisionId = p.SupersededBy ?? "",
        };
    }
}
