using System.Globalization;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Recognition.Cases;
using Exchange.Hub.Web.Console;
using static Exchange.Hub.Tests.Recognition.CaseSamples;

namespace Exchange.Hub.Tests.Web;

/// <summary>The case page's view of inputs the rules used to ignore: a workload stated by part with each part's
/// conversion, ranges, the target's outcome ids beside the outcome matches, the recognised workload and the measures'
/// complete-by dates — built by the real rules in the aggregate, without a cluster.</summary>
public sealed class CaseViewInputsSpecs
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly CaseHub Hub = new("hub-lv", "LV");

    [Fact]
    public void A_transcript_by_part_shows_each_part_converted_and_the_decision_states_the_targets_full_credits()
    {
        var transcript = UkrainianMicro("kz-ba-2015-view") with
        {
            Kind = CredentialKind.Degree,
            IssuerCountry = "KZ",
            IssueDate = new DateOnly(2015, 6, 26),
            Level = new LevelClaim(QualificationFramework.KazakhstanNqf, 6),
            Workload = new Workload(129, CreditUnit.KazakhLegacyCredit),
            WorkloadComponents =
            [
                new Workload(120, CreditUnit.KazakhLegacyCredit, "bachelor_theory"),
                new Workload(6, CreditUnit.KazakhLegacyCredit, "practice_industrial"),
                new Workload(3, CreditUnit.KazakhLegacyCredit, "final_attestation"),
            ],
        };

        var state = Assessed(transcript, RigaCourse with { WorkloadAmount = 150 });
        var view = CaseViewBuilder.Build(state, Start, "en", CultureInfo.InvariantCulture);

        Assert.Equal(CaseStatus.Decided, state.Status);
        var foreign = view.Findings.Single(f => f.Criterion == "Workload").Rows.Single().Foreign;
        Assert.Equal(("{0} {1}", "129", "Kazakh credits (before 2018)"), (foreign[0].Template, foreign[0].Args[0].Value, foreign[0].Args[1].Value));
        var parts = foreign.Where(p => p.Template == "Part {0}: {1} {2} ({3}) = {4} ECTS").Select(p => (p.Args[1].Value, p.Args[3].Value, p.Args[4].Value)).ToList();
        Assert.Equal([("120", "bachelor_theory", "180–216"), ("6", "practice_industrial", "15–18"), ("3", "final_attestation", "10–14")], parts);
        Assert.Contains(foreign, p => p.Template == "Converted: {0} {1}" && p.Args[0].Value == "205–248");

        var decided = view.Recognition.Single(r => r.Heading == "The decision");
        Assert.Contains(decided.Facts, p => p.Template == "Recognised workload: {0} {1}" && p.Args[0].Value == "150" && p.Args[1].Value == "Latvian credit points");
    }

    [Fact]
    public void A_partial_decision_shows_the_recognised_part_the_outcome_ids_and_when_the_measures_are_due()
    {
        var target = RigaCourse with
        {
            Outcomes = [new LocalText("uk", "Очищає та аналізує табличні дані за допомогою pandas")],
            OutcomeIds = ["RTU-DAT-LO3"],
        };
        var state = Assessed(UkrainianMicro("ua-mc-partial-view") with { Workload = new Workload(4, CreditUnit.UkrainianEcts) }, target);

        var view = CaseViewBuilder.Build(state, Start, "en", CultureInfo.InvariantCulture);

        Assert.Equal(DecisionOutcome.Partial, state.Decision!.Outcome);
        Assert.Equal("RTU-DAT-LO3", view.Findings.Single(f => f.Criterion == "Learning outcomes").Outcomes.Single().Id);
        var decided = view.Recognition.Single(r => r.Heading == "The decision");
        Assert.Contains(decided.Facts, p => p.Template == "Recognised workload: {0} {1}" && p.Args[0].Value == "4");
        Assert.Contains(decided.Facts, p => p.Template == "Recognised outcomes: {0}" && p.Args[0].Value == "RTU-DAT-LO3");
        var measure = Assert.Single(decided.Measures);
        Assert.Equal(("{0}: {1}, complete by {2}", "M1"), (measure.Template, measure.Args[0].Value));
        Assert.Equal(Start.AddMonths(12).UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture), measure.Args[2].Value);
    }

    [Fact]
    public void A_referred_case_shows_the_outcome_ids_the_rules_found_missing_and_the_requirement_range()
    {
        var target = RigaCourse with
        {
            WorkloadUpper = 8,
            Outcomes =
            [
                new LocalText("uk", "Очищає та аналізує табличні дані за допомогою pandas"),
                new LocalText("uk", "Проєктує реляційні бази даних і пише складні SQL-запити"),
            ],
        };
        var state = Assessed(UkrainianMicro("ua-mc-missing-view") with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) }, target);

        var view = CaseViewBuilder.Build(state, Start, "en", CultureInfo.InvariantCulture);

        Assert.Equal(CaseStatus.InReview, state.Status);
        Assert.Equal(["LO1", "LO2"], view.Findings.Single(f => f.Criterion == "Learning outcomes").Outcomes.Select(o => o.Id));
        var proposed = view.Recognition.Single(r => r.Heading == "Proposed by the rules");
        Assert.Contains(proposed.Facts, p => p.Template == "Outcomes not evidenced: {0}" && p.Args[0].Value == "LO2");
        Assert.Contains(proposed.Facts, p => p.Template == "The target's full credits: {0} {1}" && p.Args[0].Value == "6–8");
        Assert.Equal(("{0} {1} required", "6–8"), view.Findings.Single(f => f.Criterion == "Workload").Rows.Single().Host[0] is var h ? (h.Template, h.Args[0].Value) : default);
    }

    private static RecognitionCaseState Assessed(Credential credential, CaseTarget target)
    {
        var submission = Submission("key-" + credential.Id, target, credential.Id);
        var state = new RecognitionCaseState();
        var @case = new RecognitionCase(CaseIds.For(submission.RequesterInstitutionId, submission.IdempotencyKey), state, HubRecognitionPolicy.Defaults("LV"), Hub);
        @case.Submit(submission, Start);
        @case.Resolve([new ResolvedCredential(new SignedEnvelope([1], [2], []), new CredentialVerification(credential.Id, "hub-ua",
        [
            new(VerificationCheck.EnvelopeFormat, CheckResult.Passed, "Envelope well formed."),
            new(VerificationCheck.InstitutionSignature, CheckResult.Passed, "Institution signature verified."),
            new(VerificationCheck.Expiry, CheckResult.NotApplicable, "The credential states no expiry."),
        ], Start, Start.AddHours(1)), credential.IssuerCountry ?? "UA", credential)], Start);
        return @case.State;
    }
}
