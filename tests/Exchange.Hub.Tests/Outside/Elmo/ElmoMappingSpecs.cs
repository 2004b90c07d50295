using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside.Elmo;
using Exchange.Hub.Credentials.Outside.OpenBadges;

namespace Exchange.Hub.Tests.Outside.Elmo;

/// <summary>
/// How a verified ELMO maps as ONE transcript: credits once per root-to-leaf path (the top-most node stating them),
/// failed and in-progress opportunities named and not counted, the root's EQF level and grade with its scheme and
/// distribution, the passed courses as outcomes, the learner and the awarding institution from the report.
/// </summary>
public sealed class ElmoMappingSpecs
{
    private static Credential Map(System.Xml.XmlDocument document, OutsideMappingContext? context = null) =>
        ElmoMapper.Map(document, "urn:test:elmo", context ?? OutsideMappingContext.Untrusted);

    [Fact]
    public void A_degree_programme_stating_its_credits_counts_them_once_and_names_the_courses_stating_theirs_again()
    {
        var credential = Map(ElmoFixtures.Version2());

        Assert.Equal(CredentialKind.Degree, credential.Kind);
        Assert.Equal(Workload.Ects(180m), credential.Workload);
        Assert.Contains("Stated again below a counted node, not added: Algorithms (6 ECTS); Testing (4 ECTS).", credential.FurtherInformation, StringComparison.Ordinal);
        Assert.Contains("Not counted (failed or in progress): Databases (failed, 5 ECTS).", credential.FurtherInformation, StringComparison.Ordinal);
        Assert.Equal(80m, credential.Hours);
    }

    [Fact]
    public void A_programme_still_in_progress_counts_the_passed_courses_below_it_instead()
    {
        var credential = Map(ElmoFixtures.Version2(rootStatus: "in-progress"));

        Assert.Equal(Workload.Ects(10m), credential.Workload);
        Assert.Contains("Bachelor of Science in Informatics (in-progress, 180 ECTS)", credential.FurtherInformation, StringComparison.Ordinal);
        Assert.DoesNotContain(credential.LearningOutcomes, o => o.Display.StartsWith("Databases", StringComparison.Ordinal));
    }

    [Fact]
    public void The_single_roots_title_level_grade_and_distribution_are_the_transcripts()
    {
        var credential = Map(ElmoFixtures.Version2());

        Assert.Equal([new LanguageString("en", "Bachelor of Science in Informatics"), new LanguageString("lv", "Dabaszinātņu bakalaurs datorzinātnēs")], credential.Title);
        Assert.Equal(LevelClaim.Eqf(6), credential.Level);
        Assert.Equal("B", credential.Grade!.Value);
        Assert.Equal("ECTS", credential.Grade.ScaleId);
        Assert.True(credential.Grade.Distribution!.TryGetBand("B", out var from, out var to));
        Assert.Equal((10m, 35m), (from, to));
        Assert.Equal("0613", credential.FieldCode);
        Assert.Contains("Other levels: level LQF 6 (Latvian Qualifications Framework).", credential.FurtherInformation, StringComparison.Ordinal);
        Assert.Contains("Language of instruction: lv.", credential.FurtherInformation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_learner_and_the_awarding_institution_come_from_the_document_unless_the_trust_list_knows_better()
    {
        var untrusted = Map(ElmoFixtures.Version2());
        var trusted = Map(ElmoFixtures.Version2(), new OutsideMappingContext("EE", "Registry Name", null));

        Assert.Equal(new Learner("urn:schac:personalUniqueCode:int:esi:lv:123456", "Anna Bērziņa", new DateOnly(2001, 2, 3)), untrusted.Learner);
        Assert.Equal("schac:test.example.edu", untrusted.AwardingBody!.Id);
        Assert.Equal("Test University", untrusted.AwardingBody.Name);
        Assert.Equal("LV", untrusted.IssuerCountry);
        Assert.Contains("pic: 999888777", untrusted.AwardingBody.LegalData, StringComparison.Ordinal);
        Assert.Equal("https://www.test.example.edu", untrusted.AwardingBody.ContactData);
        Assert.Equal(new DateOnly(2026, 11, 20), untrusted.IssueDate);
        Assert.Equal("EE", trusted.IssuerCountry);
        Assert.Equal("Registry Name", trusted.AwardingBody!.Name);
    }

    [Fact]
    public void The_passed_courses_and_modules_are_the_outcomes_with_their_descriptions()
    {
        var credential = Map(ElmoFixtures.Version2());

        Assert.Equal(["Algorithms: Designs and analyses sorting and graph algorithms.", "Software engineering", "Testing"], credential.LearningOutcomes.Select(o => o.Display));
        Assert.Contains(new LanguageString("lv", "Algoritmi"), credential.LearningOutcomes[0].Texts);
        Assert.All(credential.LearningOutcomes, o => Assert.Null(o.SkillUri));
    }

    [Fact]
    public void The_official_example_with_several_roots_is_a_transcript_of_records_of_its_institution()
    {
        var credential = Map(ElmoFixtures.OfficialExample());

        Assert.Equal(CredentialKind.CourseResult, credential.Kind);
        Assert.Contains(new LanguageString("en", "Transcript of records — University of Warsaw"), credential.Title);
        Assert.Contains(new LanguageString("pl", "Transcript of records — Uniwersytet Warszawski"), credential.Title);
        Assert.Equal(Workload.Ects(126m), credential.Workload);
        Assert.Contains("Identifying ectomycorrhizal fungi (University of Copenhagen) (15 ECTS)", credential.FurtherInformation, StringComparison.Ordinal);
        Assert.Equal(60m, credential.Hours);
        Assert.Equal(new Learner("nationalIdentifier:83041200000", "Wojciech Łukasz Rygielski", new DateOnly(1983, 4, 12)), credential.Learner);
        Assert.Null(credential.Level);
        Assert.Null(credential.Grade);
        Assert.Equal(new DateOnly(2015, 10, 31), credential.IssueDate);
        Assert.Contains(credential.LearningOutcomes, o => o.Display == "The importance of <br> in HTML");
    }
}
