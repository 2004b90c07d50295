using System.Globalization;
using Exchange.Adapters.Credentials;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.ReferenceData;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Recognition.Cases;
using Exchange.Hub.Web.Console;
using static Exchange.Hub.Tests.Recognition.CaseSamples;

namespace Exchange.Hub.Tests.Web;

/// <summary>The case page's Quality row when the hub's quality-assurance register answered: the officer reads the
/// agency, its EQAR registration, the listings with their validity and whether the target accepts the agency, beside
/// the target's expectations.</summary>
public sealed class CaseViewQualityRegisterSpecs
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly CaseHub Hub = new("hub-lv", "LV");

    private static readonly QualityRegisterSnapshot Register = new(
        [new RegisteredAgency("UA-NAQA", [new LocalText("en", "NAQA")], "UA", "", false, null, null, true, "EQAR registration unverified", 1)],
        [new RegisteredListing("QL-000001", ListingScope.Institution, "ua-kpi", "", "UA-NAQA", ListingResult.Positive,
            new DateTimeOffset(2024, 6, 27, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2029, 6, 27, 0, 0, 0, TimeSpan.Zero), "", "")]);

    [Fact]
    public void The_quality_row_shows_the_registers_answer_beside_the_targets_EQAR_expectation()
    {
        var state = Assessed(RigaCourse with { RequireEqarAgency = true });

        var view = CaseViewBuilder.Build(state, Start.AddDays(1), "en", CultureInfo.InvariantCulture);

        var finding = view.Findings.Single(f => f.Criterion == "Quality assurance");
        Assert.True(finding.Flagged);
        var row = finding.Rows.Single();
        Assert.Contains(row.Host, p => p.Template == "An agency registered in EQAR required");
        Assert.Contains(row.Foreign, p => p.Template == "QA register: agency {0}" && p.Args[0].Value == "UA-NAQA");
        Assert.Contains(row.Foreign, p => p.Template == "Not registered in EQAR on the assessment date");
        Assert.Contains(row.Foreign, p => p.Template == "Register source: {0}" && p.Args[0].Value == "EQAR registration unverified");
        Assert.Contains(row.Foreign, p => p.Template == "{0}: {1}, valid until {2}" && p.Args[0].Value == "Institutional listing" && p.Args[1].Value == "QL-000001"
            && p.Args[2].Value == "27 Jun 2029");
        Assert.Contains(row.Foreign, p => p.Template == "{0}: none on the register" && p.Args[0].Value == "Programme listing");
        Assert.DoesNotContain(row.Foreign, p => p.Template == "Accepted by the target in any case");
    }

    [Fact]
    public void An_agency_the_target_accepts_is_said_to_be_accepted_and_quality_is_not_flagged()
    {
        var state = Assessed(RigaCourse with { RequireEqarAgency = true, AcceptedAgencyIds = ["UA-NAQA"] }, CaseStatus.Decided);

        var view = CaseViewBuilder.Build(state, Start.AddDays(1), "en", CultureInfo.InvariantCulture);

        var finding = view.Findings.Single(f => f.Criterion == "Quality assurance");
        Assert.False(finding.Flagged);
        var row = finding.Rows.Single();
        Assert.Contains(row.Host, p => p.Template == "Agencies accepted in any case: {0}" && p.Args[0].Value == "UA-NAQA");
        Assert.Contains(row.Foreign, p => p.Template == "Accepted by the target in any case");
    }

    [Fact]
    public void Every_phrase_of_the_register_answer_is_translated_on_the_case_page()
    {
        var state = Assessed(RigaCourse with { RequireEqarAgency = true, RequireListedProgramme = true, AcceptedAgencyIds = ["UA-NAQA"] });
        var row = CaseViewBuilder.Build(state, Start.AddDays(1), "en", CultureInfo.InvariantCulture).Findings.Single(f => f.Criterion == "Quality assurance").Rows.Single();
        var keys = System.Xml.Linq.XDocument.Load(Infrastructure.RepositoryRoot.Combine("src", "Hub", "Web", "Resources", "Web", "Pages", "Console", "Case.uk.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

        var phrases = row.Host.Concat(row.Foreign).ToList();
        Assert.All(phrases, p => Assert.Contains(p.Template, keys));
        Assert.All(phrases.SelectMany(p => p.Args).Where(a => a.IsLabel), a => Assert.Contains(a.Value, keys));
    }

    private static RecognitionCaseState Assessed(CaseTarget target, CaseStatus expected = CaseStatus.InReview)
    {
        var credential = UkrainianMicro("ua-mc-register");
        var submission = Submission("key-register-" + expected, target, credential.Id);
        var state = new RecognitionCaseState();
        var @case = new RecognitionCase(CaseIds.For(submission.RequesterInstitutionId, submission.IdempotencyKey), state, HubRecognitionPolicy.Defaults("LV"), Hub);
        @case.Submit(submission, Start);
        @case.Resolve([new ResolvedCredential(new SignedEnvelope([1], [2], []), new CredentialVerification(credential.Id, "hub-ua",
        [
            new(VerificationCheck.EnvelopeFormat, CheckResult.Passed, "Envelope well formed."),
            new(VerificationCheck.InstitutionSignature, CheckResult.Passed, "Institution signature verified."),
            new(VerificationCheck.Expiry, CheckResult.NotApplicable, "The credential states no expiry."),
        ], Start, Start.AddHours(1)), "UA", credential)], Start, register: Register);
        Assert.Equal(expected, @case.State.Status);
        return @case.State;
    }
}
