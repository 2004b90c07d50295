using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Inbound;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Mapping;
using Google.Protobuf.WellKnownTypes;
using DeciderKind = Exchange.Hub.Grains.Recognition.DeciderKind;
using QualificationFramework = Exchange.Adapters.Frameworks.QualificationFramework;
using V1Framework = Exchange.Contracts.V1.QualificationFramework;

namespace Exchange.Hub.Tests.Federation;

/// <summary>What a recognising hub tells the issuing hub of a decision for the learner's record (recognised level,
/// what was and was not recognised, conditions, appeal), how the issuing hub checks it on receipt without refusing an
/// older sender, and how the record shows it: the mapper, the inbox's validation and the record's contract, without
/// hubs.</summary>
public sealed class LearnerRecordDeliverySpecs
{
    private static readonly DateTimeOffset DecidedAt = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_outline_carries_what_the_learner_reads_and_none_of_the_reasoning()
    {
        var outline = RecognitionCaseMapper.DecisionOutline(PartialDecision(), "case-1", Adapters.Recognition.RecognitionPurpose.FurtherStudy, "hub-kz");

        Assert.Equal(new Level { Framework = V1Framework.KzNqf, LevelCode = "6" }, outline.RecognisedLevel);
        Assert.Equal(new Level { Framework = V1Framework.Eqf, LevelCode = "6" }, Assert.Single(outline.RecognisedEquivalentLevels));
        Assert.Equal("Data analysis, 4 ECTS", Texts.First(outline.RecognisedScope));
        Assert.Equal("Statistics lab", Texts.First(outline.NotRecognisedScope));
        var measure = Assert.Single(outline.CompensatoryMeasures);
        Assert.Equal(("M1", CompensatoryMeasureKind.Exam, "Pass the statistics exam"), (measure.MeasureId, measure.Kind, Texts.First(measure.Description)));
        Assert.True(outline.Appeal.Appealable);
        Assert.Equal(DecidedAt.AddDays(30), outline.Appeal.AppealDeadline.ToDateTimeOffset());
        Assert.Equal("Write to the ministry.", Texts.First(outline.Appeal.Instructions));
        Assert.True(Texts.IsBlank(outline.Justification));
        Assert.True(Texts.IsBlank(outline.Remedies));
        Assert.Empty(outline.Differences);
        Assert.Null(outline.DecidedBy);
    }

    [Fact]
    public void A_delivered_decision_with_the_learner_fields_is_recorded_and_shown_with_them()
    {
        var request = Delivery(RecognitionCaseMapper.DecisionOutline(PartialDecision(), "case-1", Adapters.Recognition.RecognitionPurpose.FurtherStudy, "hub-kz"));
        request.Decision.Appeal.AppealBody = new OrganisationRef { OrganisationId = "KZ-MSHE", Name = Texts.English("Ministry of Science") };
        Assert.False(DeliveryValidation.Check(new OutboxDelivery { RecognitionDecision = request }, "hub-kz", "hub-ua").Any);

        var record = DeliveredRecognition.ToRecord(request, "hub-kz", "KZ", DecidedAt.AddHours(1));
        var shown = CredentialRecognitionContract.ToContract(record);

        Assert.Equal(new CaseLevel(QualificationFramework.KazakhstanNqf, 6, 6), record.RecognisedLevel);
        Assert.Equal("6", shown.RecognisedLevel.LevelCode);
        Assert.Equal("6", Assert.Single(shown.RecognisedEquivalentLevels).LevelCode);
        Assert.Equal("Data analysis, 4 ECTS", Texts.First(shown.RecognisedScope));
        Assert.Equal("Statistics lab", Texts.First(shown.NotRecognisedScope));
        Assert.Equal("Pass the statistics exam", Texts.First(Assert.Single(shown.CompensatoryMeasures).Description));
        Assert.Equal(DecidedAt.AddDays(30), shown.Appeal.AppealDeadline.ToDateTimeOffset());
        Assert.Equal(("KZ-MSHE", "Ministry of Science"), (shown.Appeal.AppealBody.OrganisationId, Texts.First(shown.Appeal.AppealBody.Name)));
        Assert.Equal("Al-Farabi Kazakh National University", Texts.First(shown.RequesterInstitutionName));
    }

    [Fact]
    public void The_decision_credential_travels_with_the_outline_onto_the_learners_record_past_the_input_limit_of_ordinary_fields()
    {
        // A signed decision in several languages is far longer than an ordinary string field may be.
        var jws = "eyJhbGciOiJFUzI1NiJ9." + new string('A', 12_000) + ".c2ln";
        var outline = RecognitionCaseMapper.DecisionOutline(PartialDecision() with { DecisionCredential = jws }, "case-1", Adapters.Recognition.RecognitionPurpose.FurtherStudy, "hub-kz");
        var request = Delivery(outline);

        Assert.Equal(jws, outline.DecisionCredential);
        Assert.False(new Exchange.Hub.Rpc.InputPolicy(new Exchange.Hub.Hosting.InputLimitOptions()).Check(request).Any);
        Assert.False(DeliveryValidation.Check(new OutboxDelivery { RecognitionDecision = request }, "hub-kz", "hub-ua").Any);
        var record = DeliveredRecognition.ToRecord(request, "hub-kz", "KZ", DecidedAt);
        Assert.Equal(jws, record.DecisionCredential);
        Assert.Equal(jws, CredentialRecognitionContract.ToContract(record).DecisionCredential);
        Assert.True(new Exchange.Hub.Rpc.InputPolicy(new Exchange.Hub.Hosting.InputLimitOptions()).Check(new RecognitionDecision { DecisionId = jws }).Any);
    }

    [Fact]
    public void A_decision_from_an_older_sender_without_the_learner_fields_is_accepted_and_recorded_without_them()
    {
        var request = Delivery(new RecognitionDecision
        {
            DecisionId = "d-1", CaseId = "case-1", Outcome = RecognitionOutcome.Full,
            DecidedAt = Timestamp.FromDateTimeOffset(DecidedAt), CredentialIds = { "UA-CRED-1" },
        });

        Assert.False(DeliveryValidation.Check(new OutboxDelivery { RecognitionDecision = request }, "hub-kz", "hub-ua").Any);
        var shown = CredentialRecognitionContract.ToContract(DeliveredRecognition.ToRecord(request, "hub-kz", "KZ", DecidedAt));

        Assert.Null(shown.RecognisedLevel);
        Assert.Empty(shown.RecognisedEquivalentLevels);
        Assert.Empty(shown.CompensatoryMeasures);
        Assert.Null(shown.Appeal);
        Assert.True(Texts.IsBlank(shown.RecognisedScope));
        Assert.Empty(shown.DecisionCredential);
    }

    [Fact]
    public void Learner_fields_that_are_sent_but_unusable_are_refused_by_name()
    {
        var outline = RecognitionCaseMapper.DecisionOutline(PartialDecision(), "case-1", Adapters.Recognition.RecognitionPurpose.FurtherStudy, "hub-kz");
        outline.RecognisedLevel = new Level { Framework = V1Framework.KzNqf, LevelCode = "six" };
        outline.RecognisedEquivalentLevels[0] = new Level { Framework = V1Framework.Unspecified, LevelCode = "6" };
        outline.CompensatoryMeasures[0].Description = new MultilingualText();
        outline.Appeal.AppealDeadline = Timestamp.FromDateTimeOffset(DecidedAt.AddDays(-1));

        var problems = DeliveryValidation.Check(new OutboxDelivery { RecognitionDecision = Delivery(outline) }, "hub-kz", "hub-ua");

        Assert.Equal(
            ["decision.recognised_level", "decision.recognised_equivalent_levels[0]", "decision.compensatory_measures[0].description", "decision.appeal.appeal_deadline"],
            problems.ToBadRequest().FieldViolations.Select(v => v.Field));
    }

    private static DeliverRecognitionDecisionRequest Delivery(RecognitionDecision decision)
    {
        if (decision.CredentialIds.Count == 0)
        {
            decision.CredentialIds.Add("UA-CRED-1");
        }

        return new DeliverRecognitionDecisionRequest
        {
            Header = new OutboxMessageHeader { MessageId = "hub-kz:hub-ua:d-1", SenderHubId = "hub-kz", RecipientHubId = "hub-ua", Sequence = 1 },
            Decision = decision,
            TargetKind = TargetKind.Course,
            TargetTitle = Texts.English("Data analysis"),
            RequesterInstitution = new OrganisationRef { OrganisationId = "KZ-KAZNU", Name = Texts.English("Al-Farabi Kazakh National University") },
        };
    }

    private static CaseDecision PartialDecision() => new()
    {
        DecisionId = "d-1",
        Outcome = DecisionOutcome.Partial,
        DecidedBy = DeciderKind.Officer,
        DeciderId = "kz-officer",
        DecidedAt = DecidedAt,
        PolicyId = "kz-default",
        PolicyVersion = "1",
        Differences = [],
        Summary = "Partly recognised.",
        CredentialIds = ["UA-CRED-1"],
        RecognisedLevel = new CaseLevel(QualificationFramework.KazakhstanNqf, 6, 6),
        RecognisedScope = [new LocalText("en", "Data analysis, 4 ECTS")],
        NotRecognisedScope = [new LocalText("en", "Statistics lab")],
        Measures = [new CaseMeasure("M1", CaseMeasureKind.Exam, [new LocalText("en", "Pass the statistics exam")], [Adapters.Recognition.Criterion.Workload], 1m)],
        Justification = [new LocalText("en", "The lab is missing.")],
        Remedies = [new LocalText("en", "Take the lab.")],
        AppealInstructions = [new LocalText("en", "Write to the ministry.")],
        AppealDeadline = DecidedAt.AddDays(30),
    };
}
