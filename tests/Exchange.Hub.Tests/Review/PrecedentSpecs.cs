using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Recognition.Cases;
using Exchange.Hub.Grains.Review;
using static Exchange.Hub.Tests.Recognition.CaseSamples;
using AdaptersCredential = Exchange.Adapters.Credentials.Credential;

namespace Exchange.Hub.Tests.Review;

/// <summary>What a case's decisions become among the precedents: no cluster, no storage; each step is given its time.</summary>
public sealed class PrecedentSpecs
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly CaseHub Hub = new("hub-lv", "LV");
    private static readonly HubRecognitionPolicy Policy = HubRecognitionPolicy.Defaults("LV");
    private static readonly LocalText[] HowToAppeal = [new("en", "Appeal in writing within 30 days.")];

    [Fact]
    public void An_automatic_decision_is_filed_under_the_awarding_body_and_the_english_title_of_the_credential()
    {
        var @case = Resolved(UkrainianMicro("ua-mc-p1"));
        Assert.Equal(CaseStatus.Decided, @case.State.Status);

        var precedent = Assert.Single(Precedent.AllOf(@case.State));

        Assert.Equal(new PrecedentSubject("ua-kpi", "Igor Sikorsky Kyiv Polytechnic Institute", "Data analysis in Python", "UA"), precedent.Subject);
        Assert.Equal((@case.State.Decision!.DecisionId, DeciderKind.Automatic, "hub-lv"), (precedent.DecisionId, precedent.DecidedBy, precedent.DeciderId));
        Assert.Equal((RecognitionPurpose.CreditTransfer, Start, @case.State.Decision.Summary), (precedent.Purpose, precedent.DecidedAt, precedent.Reasons));
        Assert.Null(precedent.SupersededBy);
    }

    [Fact]
    public void A_decision_replaced_on_appeal_is_kept_and_marked_superseded_by_the_one_that_replaced_it()
    {
        var @case = Resolved(UkrainianMicro("ua-mc-p2") with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) });
        Decide(@case, "officer-ozola", new OfficerDecisionInput
        {
            Outcome = DecisionOutcome.Denied,
            Justification = [new("lv", "Viens EQF līmenis zem kursa.")],
            Remedies = [new("en", "Complete a level-6 module.")],
            AppealInstructions = HowToAppeal,
        });
        var denied = @case.State.Decision!;
        @case.Appeal(new CaseAppealRequest("appeal-1", "f1", denied.DecisionId, [new("en", "The level was misread.")]), University, Start.AddDays(1));
        Decide(@case, "officer-berzina", new OfficerDecisionInput
        {
            Outcome = DecisionOutcome.Partial,
            Justification = [new("en", new string('x', 400))],
            AppealInstructions = HowToAppeal,
        });

        var precedents = Precedent.AllOf(@case.State);

        Assert.Equal([denied.DecisionId, @case.State.Decision!.DecisionId], precedents.Select(p => p.DecisionId));
        Assert.Equal([@case.State.Decision.DecisionId, null], precedents.Select(p => p.SupersededBy));
        Assert.Equal([DecisionOutcome.Denied, DecisionOutcome.Partial], precedents.Select(p => p.Outcome));
        Assert.Equal(("lv", "Viens EQF līmenis zem kursa.", "officer-ozola"), (precedents[0].ReasonsLanguage, precedents[0].Reasons, precedents[0].DeciderId));
        Assert.Equal(Precedent.ReasonsLength, precedents[1].Reasons.Length);
        Assert.EndsWith("…", precedents[1].Reasons, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_never_decided_has_no_precedent()
    {
        var @case = Resolved(UkrainianMicro("ua-mc-p3") with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) });

        Assert.Equal(CaseStatus.InReview, @case.State.Status);
        Assert.Empty(Precedent.AllOf(@case.State));
    }

    [Theory]
    [InlineData("Data analysis in Python", "  DATA   analysis in python ", true)]
    [InlineData("Аналіз даних", "АНАЛІЗ ДАНИХ", true)]
    [InlineData("Data analysis in Python", "Data analysis in R", false)]
    [InlineData("", "", false)]
    public void Programmes_are_the_same_when_their_titles_differ_only_in_case_and_spacing(string title, string other, bool same)
    {
        var subject = new PrecedentSubject("ua-kpi", null, title, "UA");

        Assert.Equal(same, subject.SameProgrammeAs(subject with { ProgrammeTitle = other }));
        Assert.False(subject.SameProgrammeAs(subject with { InstitutionId = "ua-knu", ProgrammeTitle = other }));
    }

    private static RecognitionCase Resolved(AdaptersCredential credential)
    {
        var submission = Submission(Unique("key"), credential.Id);
        var @case = new RecognitionCase(CaseIds.For(submission.RequesterInstitutionId, submission.IdempotencyKey), new RecognitionCaseState(), Policy, Hub);
        @case.Submit(submission, Start);
        @case.Resolve([new ResolvedCredential(new SignedEnvelope([1], [2], []), new CredentialVerification(credential.Id, "hub-ua",
            [new(VerificationCheck.EnvelopeFormat, CheckResult.Passed, "Envelope well formed.")], Start, Start.AddHours(1)), "UA", credential)], Start);
        return @case;
    }

    private static void Decide(RecognitionCase @case, string officer, OfficerDecisionInput decision)
    {
        @case.Assign(officer, Officer(officer), Start.AddDays(2));
        @case.Decide(decision, 0, Officer(officer), Start.AddDays(2));
    }
}
