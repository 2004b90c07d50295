using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Web.LearnerRecords;
using QualificationFramework = Exchange.Adapters.Frameworks.QualificationFramework;

namespace Exchange.Hub.Tests.Web.LearnerRecords;

/// <summary>What the learner's recognitions page shows of the decisions abroad on their credentials, without a hub.</summary>
public sealed class RecognitionsViewSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_partial_recognition_shows_its_level_scope_conditions_and_the_days_left_to_appeal()
    {
        var partial = Recognition("d-1", Now.AddDays(-2)) with
        {
            Outcome = DecisionOutcome.Partial,
            RecognisedLevel = new CaseLevel(QualificationFramework.KazakhstanNqf, 6, 6),
            RecognisedScope = [new LocalText("en", "Data analysis"), new LocalText("uk", "Аналіз даних")],
            NotRecognisedScope = [new LocalText("en", "Statistics lab")],
            Conditions = [new CaseMeasure("M1", CaseMeasureKind.Exam, [new LocalText("en", "Pass the exam")], [], 2m)],
            Appeal = new RecognitionAppeal(true, Now.AddDays(28).AddHours(3), "KZ-MSHE", [new LocalText("en", "Ministry")], [new LocalText("en", "Write to it.")]),
            RequesterInstitutionName = [new LocalText("en", "KazNU")],
        };

        var row = Assert.Single(Assert.Single(RecognitionsView.Build([Credential("UA-CRED-1", partial)], "uk", Now).Credentials).Recognitions);

        Assert.Equal((DecisionOutcome.Partial, "KZ", "hub-kz", "KazNU"), (row.Outcome, row.CountryCode, row.HubId, row.Requester));
        Assert.Equal(new LevelView(QualificationFramework.KazakhstanNqf, 6, 6), row.Level);
        Assert.Equal(("Аналіз даних", "Statistics lab"), (row.RecognisedScope, row.NotRecognisedScope));
        Assert.Equal(new ConditionView(CaseMeasureKind.Exam, "Pass the exam", 2m), Assert.Single(row.Conditions));
        Assert.Equal(new AppealView(true, Now.AddDays(28).AddHours(3), 28, false, "Ministry", "Write to it."), row.Appeal);
        Assert.False(row.IsSuperseded);
    }

    [Fact]
    public void An_appeal_deadline_behind_us_is_shown_as_passed_with_no_days_left()
    {
        var late = Recognition("d-1", Now.AddDays(-40)) with
        {
            Outcome = DecisionOutcome.Denied,
            Appeal = new RecognitionAppeal(true, Now.AddDays(-10), "", [], []),
        };

        var appeal = Assert.Single(Assert.Single(RecognitionsView.Build([Credential("UA-CRED-1", late)], "en", Now).Credentials).Recognitions).Appeal!;

        Assert.Equal((true, (int?)null), (appeal.Passed, appeal.DaysLeft));
    }

    [Fact]
    public void A_decision_replaced_after_an_appeal_is_kept_marked_below_the_one_that_replaced_it()
    {
        var first = Recognition("d-1", Now.AddDays(-20)) with
        {
            Outcome = DecisionOutcome.Denied,
            Appeal = new RecognitionAppeal(true, Now.AddDays(10), "", [], []),
        };
        var second = Recognition("d-2", Now.AddDays(-1)) with { SupersedesDecisionId = "d-1" };

        var rows = Assert.Single(RecognitionsView.Build([Credential("UA-CRED-1", first, second)], "en", Now).Credentials).Recognitions;

        Assert.Equal(["d-2", "d-1"], rows.Select(r => r.DecisionId));
        Assert.Equal(("d-1", (string?)null), (rows[0].Supersedes, rows[0].ReplacedBy));
        Assert.Equal("d-2", rows[1].ReplacedBy);
        Assert.True(rows[1].Appeal!.Passed);
    }

    [Fact]
    public void A_recognition_from_an_older_hub_shows_what_it_sent_and_the_requester_by_id()
    {
        var older = Recognition("d-1", Now.AddDays(-3));

        var row = Assert.Single(Assert.Single(RecognitionsView.Build([Credential("UA-CRED-1", older)], "en", Now).Credentials).Recognitions);

        Assert.Equal(("KZ-KAZNU", "Data analysis", (LevelView?)null, (AppealView?)null), (row.Requester, row.TargetTitle, row.Level, row.Appeal));
        Assert.Empty(row.Conditions);
        Assert.Equal("", row.RecognisedScope);
    }

    [Fact]
    public void Credentials_are_titled_in_the_reader_s_language_and_one_without_recognitions_is_kept_empty()
    {
        var view = RecognitionsView.Build([Credential("UA-CRED-1"), Credential("UA-CRED-2", Recognition("d-1", Now))], "uk", Now);

        Assert.Equal(["Бакалавр", "Бакалавр"], view.Credentials.Select(c => c.Title));
        Assert.Equal([0, 1], view.Credentials.OrderBy(c => c.CredentialId).Select(c => c.Recognitions.Count));
        Assert.False(view.IsEmpty);
        Assert.True(RecognitionsView.Build([Credential("UA-CRED-1")], "uk", Now).IsEmpty);
    }

    internal static IssuedCredentialView Credential(string id, params CredentialRecognitionRecord[] recognitions)
    {
        var issued = new IssuedCredentialRecord(id, "UA-KNU", "UA-L-000101", [], new SignedEnvelope([], [], []), "R-" + id, Now.AddYears(-1), null,
            new OpenRegistryEntryData("R-" + id, id, "UA-KNU", "P-1", Now.AddYears(-1), [new TextValue("en", "Bachelor"), new TextValue("uk", "Бакалавр")], []));
        return new IssuedCredentialView(issued, CredentialStatusView.Of(issued, null, Now)) { Recognitions = recognitions };
    }

    private static CredentialRecognitionRecord Recognition(string decisionId, DateTimeOffset decidedAt) => new(
        decisionId, "KZ-CASE-1", "hub-kz", "KZ", DecisionOutcome.Full, decidedAt, RecognisedTargetKind.Course,
        [new LocalText("en", "Data analysis")], "KZ-KAZNU", null, decidedAt.AddMinutes(1), "hub-kz", 1);
}
