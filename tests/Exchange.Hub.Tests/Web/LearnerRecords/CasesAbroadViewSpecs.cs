using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.LearnerRecords;
using Google.Protobuf.WellKnownTypes;
using DecisionOutcome = Exchange.Hub.Grains.Recognition.DecisionOutcome;
using DomainStatus = Exchange.Hub.Grains.Recognition.CaseStatus;

namespace Exchange.Hub.Tests.Web.LearnerRecords;

/// <summary>What the learner's cases page asks of which hub, and how it shows their answers, without hubs.</summary>
public sealed class CasesAbroadViewSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string> Titles = new() { ["UA-CRED-1"] = "Bachelor", ["UA-CRED-2"] = "Micro-credential" };

    [Fact]
    public void Each_hub_a_grant_gave_a_credential_to_is_asked_about_it_and_this_hub_never()
    {
        var question = CasesAbroadQuestion.Of(
        [
            ("UA-CRED-1", [Grant("hub-kz"), Grant("", "hub-lv", "hub-ua"), Grant("hub-kz")]),
            ("UA-CRED-2", [Grant("hub-kz", revoked: true)]),
            ("UA-CRED-3", [Grant("")]),
        ], "hub-ua");

        Assert.Equal(["hub-kz", "hub-lv"], question.Keys);
        Assert.Equal(["UA-CRED-1", "UA-CRED-2"], question["hub-kz"]);
        Assert.Equal(["UA-CRED-1"], question["hub-lv"]);
    }

    [Fact]
    public void A_case_in_review_shows_its_status_and_the_days_left_to_its_four_month_deadline()
    {
        var inReview = Case("KZ-1", "UA-CRED-1", CaseStatus.InReview, received: Now.AddDays(-3));
        inReview.FileCompleteAt = Timestamp.FromDateTimeOffset(Now.AddDays(-3));
        inReview.Deadline = Timestamp.FromDateTimeOffset(Now.AddDays(118).AddHours(1));

        var row = Assert.Single(CasesAbroadView.Build([Answer("hub-kz", "KZ", inReview)], Titles, "en", Now).Cases);

        Assert.Equal((DomainStatus.InReview, "KZ", "KazNU", "Bachelor"), (row.Status, row.CountryCode, row.Requester, row.CredentialTitle));
        Assert.Equal(new DeadlineView(Now.AddDays(118).AddHours(1), DeadlineState.OnTime, 118), row.Deadline);
        Assert.Null(row.Outcome);
    }

    [Fact]
    public void A_decided_case_shows_its_outcome_and_no_deadline_running_and_an_overdue_one_says_so()
    {
        var decided = Case("KZ-2", "UA-CRED-1", CaseStatus.Decided, received: Now.AddDays(-9));
        decided.Outcome = RecognitionOutcome.Partial;
        decided.DecidedAt = Timestamp.FromDateTimeOffset(Now.AddDays(-8));
        decided.Deadline = Timestamp.FromDateTimeOffset(Now.AddDays(100));
        var overdue = Case("KZ-3", "UA-CRED-2", CaseStatus.InCommission, received: Now.AddDays(-200));
        overdue.Deadline = Timestamp.FromDateTimeOffset(Now.AddDays(-5));
        overdue.Overdue = true;

        var rows = CasesAbroadView.Build([Answer("hub-kz", "KZ", decided, overdue)], Titles, "en", Now).Cases;

        Assert.Equal(["KZ-2", "KZ-3"], rows.Select(r => r.CaseId));
        Assert.Equal((DecisionOutcome.Partial, Now.AddDays(-8), DeadlineState.None), (rows[0].Outcome, rows[0].DecidedAt, rows[0].Deadline.State));
        Assert.Equal((DeadlineState.Overdue, -5), (rows[1].Deadline.State, rows[1].Deadline.DaysLeft));
    }

    [Fact]
    public void A_hub_that_was_not_reached_is_listed_and_the_others_answers_stand()
    {
        var view = CasesAbroadView.Build(
            [Answer("hub-kz", "KZ", Case("KZ-1", "UA-CRED-1", CaseStatus.Received, Now)), new HubCredentialCases("hub-lv", "LV", null)], Titles, "en", Now);

        Assert.Equal(["KZ-1"], view.Cases.Select(c => c.CaseId));
        Assert.Equal([new UnreachedHub("hub-lv", "LV")], view.Unreached);
        Assert.Equal(2, view.AskedHubs);
    }

    [Fact]
    public void A_case_on_a_credential_that_is_not_the_learner_s_is_not_shown()
    {
        var view = CasesAbroadView.Build([Answer("hub-kz", "KZ", Case("KZ-9", "UA-CRED-OTHER", CaseStatus.Received, Now))], Titles, "en", Now);

        Assert.Empty(view.Cases);
    }

    private static ShareGrantRecord Grant(string recipientHub, params string[] openedBy) => Grant(recipientHub, false, openedBy);

    private static ShareGrantRecord Grant(string recipientHub, bool revoked, params string[] openedBy) =>
        new("s-" + recipientHub, [], Now.AddDays(-10), Now.AddDays(10), recipientHub, "", revoked ? Now.AddDays(-1) : null, openedBy.Length, openedBy);

    private static HubCredentialCases Answer(string hubId, string country, params CredentialCase[] cases) => new(hubId, country, cases);

    private static CredentialCase Case(string caseId, string credentialId, CaseStatus status, DateTimeOffset received) => new()
    {
        CaseId = caseId,
        CredentialId = credentialId,
        Status = status,
        ReceivedAt = Timestamp.FromDateTimeOffset(received),
        UpdatedAt = Timestamp.FromDateTimeOffset(received),
        TargetKind = TargetKind.Course,
        TargetTitle = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "Data analysis" } } },
        Purpose = RecognitionPurpose.CreditTransfer,
        RequesterInstitution = new OrganisationRef
        {
            OrganisationId = "KZ-KAZNU", CountryCode = "KZ",
            Name = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "KazNU" } } },
        },
    };
}
