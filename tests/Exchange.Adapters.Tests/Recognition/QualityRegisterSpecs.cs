using System.Text.RegularExpressions;
using System.Xml.Linq;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Tests.Support;

namespace Exchange.Adapters.Tests.Recognition;

/// <summary>The Quality criterion against the hub's quality-assurance register: the credential's statement is the
/// evidence, the register the check; the target's expectations (EQAR agency, listed programme, accepted agencies) are
/// weighed, and nothing is refused.</summary>
public class QualityRegisterSpecs
{
    private static readonly RecognitionRules Rules = RecognitionRules.Default;

    internal static readonly RegisterListing KpiInstitution = new("QL-000001", "UA-NAQA", new DateOnly(2029, 6, 27), ValidOnDate: true);

    internal static QualityRegisterEvidence NaqaNotOnEqar => new()
    {
        AgencyId = "UA-NAQA",
        NationallyRecognised = true,
        AgencySource = "EQAR status unverified",
        InstitutionListing = KpiInstitution,
    };

    private static CriterionAssessment Quality(Credential credential, RecognitionTarget? target = null, RecognitionPolicy? policy = null)
    {
        target ??= Samples.LatvianCourse;
        var assessment = Rules.Assess(credential, Rules.Prepare(target), RecognitionPurpose.CreditTransfer, policy ?? Samples.Policy(target.Country), Samples.AssessmentDate);
        return assessment.Criteria.Single(c => c.Criterion == Criterion.Quality);
    }

    private static Credential Ua(QualityRegisterEvidence? register) => Samples.UkrainianMicro with { QualityRegister = register };

    [Fact]
    public void Without_a_register_answer_and_new_expectations_the_statement_decides_as_before()
    {
        var quality = Quality(Samples.UkrainianMicro);

        Assert.Equal((Finding.NoDifference, "quality.external"), (quality.Finding, quality.MessageKey));
    }

    [Fact]
    public void A_register_that_confirms_a_nationally_recognised_agency_with_a_valid_listing_settles_quality()
    {
        var quality = Quality(Ua(NaqaNotOnEqar));

        Assert.Equal((Finding.NoDifference, "qa.register_confirms"), (quality.Finding, quality.MessageKey));
    }

    [Fact]
    public void Requiring_an_EQAR_agency_flags_an_agency_the_register_lists_as_not_registered_as_potentially_substantial()
    {
        var quality = Quality(Ua(NaqaNotOnEqar), Samples.LatvianCourse with { RequireEqarAgency = true });

        Assert.Equal((Finding.PotentiallySubstantial, "qa.agency_not_eqar"), (quality.Finding, quality.MessageKey));
        Assert.Contains("UA-NAQA", quality.Explanation, StringComparison.Ordinal);
        Assert.Contains("2026-03-02", quality.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agency_the_target_accepts_in_any_case_is_accepted_and_said_so()
    {
        var quality = Quality(Ua(NaqaNotOnEqar), Samples.LatvianCourse with { RequireEqarAgency = true, AcceptedAgencyIds = ["ua-naqa"] });

        Assert.Equal((Finding.NoDifference, "qa.agency_accepted"), (quality.Finding, quality.MessageKey));
        Assert.Contains(quality.Arguments, a => a is { Name: "agencies", Value: "UA-NAQA" });
    }

    [Fact]
    public void An_agency_registered_in_EQAR_on_the_date_meets_the_requirement()
    {
        var quality = Quality(Ua(NaqaNotOnEqar with { EqarRegistered = true, EqarRegisteredFrom = new DateOnly(2024, 1, 1) }),
            Samples.LatvianCourse with { RequireEqarAgency = true });

        Assert.Equal(Finding.NoDifference, quality.Finding);
    }

    [Fact]
    public void Requiring_a_listed_programme_without_a_valid_programme_listing_is_potentially_substantial()
    {
        var quality = Quality(Ua(NaqaNotOnEqar), Samples.LatvianCourse with { RequireListedProgramme = true });

        Assert.Equal((Finding.PotentiallySubstantial, "qa.programme_not_listed"), (quality.Finding, quality.MessageKey));
    }

    [Fact]
    public void A_valid_programme_listing_meets_the_listed_programme_requirement()
    {
        var listed = NaqaNotOnEqar with { ProgrammeListing = new RegisterListing("QL-000002", "UA-NAQA", null, ValidOnDate: true) };

        Assert.Equal(Finding.NoDifference, Quality(Ua(listed), Samples.LatvianCourse with { RequireListedProgramme = true }).Finding);
    }

    [Fact]
    public void A_DEQAR_id_the_register_does_not_know_goes_to_an_officer()
    {
        var quality = Quality(Ua(NaqaNotOnEqar with { ClaimedDeqarId = "AG0999", ClaimedDeqarIdKnown = false }));

        Assert.Equal((Finding.Undetermined, "qa.deqar_id_unknown"), (quality.Finding, quality.MessageKey));
    }

    [Fact]
    public void An_agency_not_on_the_register_goes_to_an_officer_even_when_the_target_requires_EQAR()
    {
        var quality = Quality(Ua(new QualityRegisterEvidence()), Samples.LatvianCourse with { RequireEqarAgency = true });

        Assert.Equal((Finding.Undetermined, "qa.agency_not_on_register"), (quality.Finding, quality.MessageKey));
    }

    [Fact]
    public void A_listing_expired_on_the_assessment_date_is_flagged_for_an_officer()
    {
        var expired = NaqaNotOnEqar with { InstitutionListing = KpiInstitution with { ValidUntil = new DateOnly(2025, 12, 31), ValidOnDate = false } };

        var quality = Quality(Ua(expired));

        Assert.Equal((Finding.Undetermined, "qa.listing_expired"), (quality.Finding, quality.MessageKey));
        Assert.Contains("2025-12-31", quality.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_that_does_not_accept_national_agencies_sends_a_national_agency_to_an_officer()
    {
        var strict = Samples.Policy("LV") with { AcceptNationalQualityAssurance = false };

        Assert.Equal("qa.agency_not_recognised", Quality(Ua(NaqaNotOnEqar), policy: strict).MessageKey);
    }

    [Fact]
    public void New_expectations_the_register_cannot_check_go_to_an_officer()
    {
        var quality = Quality(Samples.UkrainianMicro, Samples.LatvianCourse with { RequireEqarAgency = true });

        Assert.Equal((Finding.Undetermined, "qa.register_silent"), (quality.Finding, quality.MessageKey));
    }

    [Fact]
    public void The_EQAR_expectation_alone_makes_quality_weighed()
    {
        var quality = Quality(Ua(NaqaNotOnEqar), Samples.LatvianCourse with { RequiresExternalQualityAssurance = false, RequireEqarAgency = true });

        Assert.Equal(Finding.PotentiallySubstantial, quality.Finding);
    }

    public static TheoryData<string> QaCases => ["register_confirms", "agency_not_eqar", "agency_accepted", "programme_not_listed", "deqar_id_unknown",
        "agency_not_on_register", "listing_expired", "no_listing", "agency_not_recognised", "register_silent"];

    [Theory]
    [MemberData(nameof(QaCases))]
    public void The_English_template_rendered_with_the_arguments_is_the_English_text_in_all_five_languages(string what)
    {
        var quality = what switch
        {
            "register_confirms" => Quality(Ua(NaqaNotOnEqar)),
            "agency_not_eqar" => Quality(Ua(NaqaNotOnEqar), Samples.LatvianCourse with { RequireEqarAgency = true }),
            "agency_accepted" => Quality(Ua(NaqaNotOnEqar), Samples.LatvianCourse with { AcceptedAgencyIds = ["UA-NAQA"] }),
            "programme_not_listed" => Quality(Ua(NaqaNotOnEqar), Samples.LatvianCourse with { RequireListedProgramme = true }),
            "deqar_id_unknown" => Quality(Ua(NaqaNotOnEqar with { ClaimedDeqarId = "AG0999" })),
            "agency_not_on_register" => Quality(Ua(new QualityRegisterEvidence())),
            "listing_expired" => Quality(Ua(NaqaNotOnEqar with { InstitutionListing = KpiInstitution with { ValidUntil = new DateOnly(2025, 1, 1), ValidOnDate = false } })),
            "no_listing" => Quality(Samples.UkrainianMicro with { QualityAssurance = new QualityAssurance(QualityAssuranceType.InternalOnly), QualityRegister = NaqaNotOnEqar with { InstitutionListing = null } }),
            "agency_not_recognised" => Quality(Ua(NaqaNotOnEqar), policy: Samples.Policy("LV") with { AcceptNationalQualityAssurance = false }),
            _ => Quality(Samples.UkrainianMicro, Samples.LatvianCourse with { RequireListedProgramme = true }),
        };
        Assert.Equal("qa." + what, quality.MessageKey);

        var english = Templates("Qa.resx");
        var rendered = Regex.Replace(english[quality.MessageKey], @"\{(\w+)\}", m => quality.Arguments.Single(a => a.Name == m.Groups[1].Value).Value);
        Assert.Equal(quality.Explanation, rendered);
        foreach (var language in new[] { "uk", "kk", "ru", "lv" })
        {
            var translated = Templates($"Qa.{language}.resx")[quality.MessageKey];
            Assert.Equal(Placeholders(english[quality.MessageKey]), Placeholders(translated));
        }
    }

    private static Dictionary<string, string> Templates(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Exchange.sln")))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir!.FullName, "src", "Adapters", "Messages", file);
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);
    }

    private static string[] Placeholders(string template) =>
        [.. Regex.Matches(template, @"\{(\w+)\}").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];
}
