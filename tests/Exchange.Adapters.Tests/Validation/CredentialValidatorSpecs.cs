using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Grades;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Tests.Support;
using Exchange.Adapters.Validation;

namespace Exchange.Adapters.Tests.Validation;

public class CredentialValidatorSpecs
{
    private static readonly RecognitionRules Rules = RecognitionRules.Default;

    private static IEnumerable<string> Elements(Credential credential) => Rules.Validate(credential).Issues.Select(i => i.Element);

    [Fact]
    public void Complete_sample_credentials_from_each_country_pass()
    {
        Assert.True(Rules.Validate(Samples.UkrainianMicro).IsComplete);
        Assert.True(Rules.Validate(Samples.LatvianMicro).IsComplete);
        Assert.True(Rules.Validate(Samples.KazakhMicro).IsComplete);
    }

    [Fact]
    public void An_empty_micro_credential_lists_every_EU_mandatory_element()
    {
        var empty = new Credential { Id = "x", IssuerCountry = "DE" };

        Assert.Equal(
            [
                ElementNames.Learner, ElementNames.Title, ElementNames.AwardingBody, ElementNames.IssueDate, ElementNames.LearningOutcomes,
                ElementNames.Workload, ElementNames.AssessmentType, ElementNames.ParticipationForm, ElementNames.QualityAssurance,
            ],
            Elements(empty));
    }

    [Fact]
    public void Ukraine_requires_content_NQF_level_and_ECTS()
    {
        var bare = Samples.UkrainianMicro with { Content = null, Level = LevelClaim.Eqf(6), Workload = new Workload(180, CreditUnit.ClockHours) };

        Assert.Equal([ElementNames.Content, ElementNames.LevelNqf, ElementNames.WorkloadEcts], Elements(bare));
    }

    [Fact]
    public void Latvia_requires_purpose_issuer_legal_and_contact_data_place_and_authorising_body()
    {
        var bare = Samples.LatvianMicro with
        {
            Purpose = null,
            PlaceOfIssue = " ",
            AuthorisingBody = null,
            AwardingBody = Samples.LatvianMicro.AwardingBody! with { LegalData = null, ContactData = null },
        };

        Assert.Equal(
            [ElementNames.Purpose, ElementNames.IssuerLegalData, ElementNames.IssuerContactData, ElementNames.PlaceOfIssue, ElementNames.AuthorisingBody],
            Elements(bare));
    }

    [Fact]
    public void Kazakhstan_requires_a_registry_number_only_for_registered_programmes()
    {
        Assert.Equal([ElementNames.RegistryNumber], Elements(Samples.KazakhMicro with { RegistryNumber = null }));
        Assert.Empty(Elements(Samples.KazakhMicro with { RegistryNumber = null, IsRegisteredProgramme = false }));
    }

    [Fact]
    public void Kazakhstan_requires_at_least_one_academic_credit()
    {
        var issue = Rules.Validate(Samples.KazakhMicro with { Workload = new Workload(0.5m, CreditUnit.KazakhAcademicCredit) }).Issues.Single();

        Assert.Equal((ElementNames.WorkloadMinimumCredit, IssueKind.Invalid), (issue.Element, issue.Kind));
    }

    [Fact]
    public void Kazakhstan_accepts_hours_instead_of_credits() =>
        Assert.Empty(Elements(Samples.KazakhMicro with { Workload = new Workload(180, CreditUnit.KazakhAcademicHours) }));

    [Fact]
    public void Present_but_unusable_values_are_invalid_not_missing()
    {
        var broken = Samples.LatvianMicro with
        {
            Workload = new Workload(-1, CreditUnit.Ects),
            Level = new LevelClaim(QualificationFramework.LatviaLqf, 9),
            Grade = new Grade("11", GradeScales.Latvian10),
        };

        var issues = Rules.Validate(broken).Issues;

        Assert.Equal([ElementNames.Workload, ElementNames.Level, ElementNames.Grade], issues.Select(i => i.Element));
        Assert.All(issues, i => Assert.Equal(IssueKind.Invalid, i.Kind));
    }

    [Fact]
    public void Every_issue_has_an_English_message_and_a_source() =>
        Assert.All(Rules.Validate(new Credential { Id = "x", IssuerCountry = "LV" }).Issues, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.Message));
            Assert.False(string.IsNullOrWhiteSpace(i.Source));
        });

    [Fact]
    public void Country_rules_are_data_a_hub_can_extend()
    {
        var stricter = IssuingCountryRules.Latvia with { RequiredElements = [.. IssuingCountryRules.Latvia.RequiredElements, ElementNames.Level] };
        var validator = new CredentialValidator(Rules.Levels, GradeScales.CreateCatalog());

        var result = validator.Validate(Samples.LatvianMicro with { Level = null }, stricter);

        Assert.Equal([ElementNames.Level], result.Issues.Select(i => i.Element));
    }
}
