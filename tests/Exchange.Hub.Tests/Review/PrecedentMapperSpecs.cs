using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Services.Mapping;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Tests.Review;

/// <summary>An earlier decision as the API's ReviewCaseDetail.precedents carries it.</summary>
public sealed class PrecedentMapperSpecs
{
    [Fact]
    public void Every_fact_of_the_decision_reaches_the_wire_and_absent_ones_are_empty()
    {
        var decidedAt = new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);
        var precedent = new Precedent("rc-1-d2", "rc-1", new PrecedentSubject("kz-kaznu", null, "Informatics", "KZ"), DecisionOutcome.Denied,
            "Бір деңгей төмен.", "kk", decidedAt, DeciderKind.Commission, "kz-commission-1", RecognitionPurpose.FurtherStudy, null);

        var wire = PrecedentMapper.ToProto(new PrecedentMatch(precedent, SameProgramme: true));

        Assert.Equal(new V1.Precedent
        {
            CaseId = "rc-1",
            DecisionId = "rc-1-d2",
            SameProgramme = true,
            Outcome = V1.RecognitionOutcome.Denied,
            Reasons = new V1.LocalizedText { Language = "kk", Text = "Бір деңгей төмен." },
            DecidedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(decidedAt),
            DecidedBy = V1.DeciderKind.Commission,
            DeciderId = "kz-commission-1",
            Purpose = V1.RecognitionPurpose.FurtherStudy,
            ForeignInstitutionId = "kz-kaznu",
            ForeignInstitutionName = "",
            ProgrammeTitle = "Informatics",
            Country = "KZ",
            SupersededByDecisionId = "",
        }, wire);
    }
}
