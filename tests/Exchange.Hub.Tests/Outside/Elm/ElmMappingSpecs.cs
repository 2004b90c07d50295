using System.Text.Json.Nodes;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Grades;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside.Elm;
using Exchange.Hub.Credentials.Outside.OpenBadges;

namespace Exchange.Hub.Tests.Outside.Elm;

/// <summary>
/// How a European Digital Credential maps into the hub's model, element by element: every language of a language
/// map kept, the awarding body read apart from the sealer, levels and credits by their concept identifiers, ESCO
/// URIs kept on the outcomes, and nothing invented where the document is silent.
/// </summary>
public sealed class ElmMappingSpecs
{
    private static Credential Map(JsonObject credential, OutsideMappingContext? context = null) =>
        ElmMapper.Map(credential, context ?? OutsideMappingContext.Untrusted);

    internal static JsonObject Subject(JsonObject credential) => (JsonObject)credential["credentialSubject"]!;

    internal static JsonObject Claim(JsonObject credential) => (JsonObject)Subject(credential)["hasClaim"]!;

    internal static JsonObject Specification(JsonObject credential) => (JsonObject)Claim(credential)["specifiedBy"]!;

    internal static JsonObject Assessment(JsonObject credential) => (JsonObject)Claim(credential)["provenBy"]!;

    [Fact]
    public void The_id_is_the_credentials_id()
    {
        Assert.Equal(ElmDocuments.CredentialId, Map(ElmDocuments.LatvianMicroCredential()).Id);
    }

    [Fact]
    public void The_title_is_the_claims_title_in_every_language()
    {
        Assert.Equal(
            [new LanguageString("lv", "Datu analīze ar Python"), new LanguageString("en", "Data analysis with Python")],
            Map(ElmDocuments.LatvianMicroCredential()).Title);
    }

    [Fact]
    public void Without_a_claim_title_the_specifications_title_then_the_display_title_is_the_title()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Claim(credential).Remove("title");
        Assert.Equal("Data analysis with Python", Map(credential).Title.Single(t => t.Language == "en").Text);

        Specification(credential).Remove("title");
        Assert.Equal([new LanguageString("lv", "Mikrokvalifikācija"), new LanguageString("en", "Micro-credential")], Map(credential).Title);
    }

    [Fact]
    public void Language_map_values_may_be_arrays_of_texts()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Claim(credential)["title"] = new JsonObject { ["lv"] = new JsonArray("Datu analīze"), ["en"] = new JsonArray("Data analysis", "Analysing data") };

        Assert.Equal([new LanguageString("lv", "Datu analīze"), new LanguageString("en", "Data analysis")], Map(credential).Title);
    }

    [Fact]
    public void The_learner_is_the_subject_with_national_identifier_full_name_and_date_of_birth()
    {
        Assert.Equal(new Learner("120401-12345", "Anna Bērziņa", new DateOnly(2001, 4, 12)), Map(ElmDocuments.LatvianMicroCredential()).Learner);
    }

    [Fact]
    public void Without_a_full_name_the_given_and_family_names_of_one_language_are_the_name()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Subject(credential).Remove("fullName");
        Subject(credential)["familyName"] = new JsonObject { ["en"] = "Berzina", ["lv"] = "Bērziņa" };

        Assert.Equal("Anna Bērziņa", Map(credential).Learner!.FullName);
    }

    [Fact]
    public void Without_a_national_identifier_another_identifier_then_the_subjects_id_identifies_the_learner()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Subject(credential).Remove("nationalID");
        Subject(credential)["identifier"] = new JsonObject { ["id"] = "urn:epass:identifier:1", ["type"] = "Identifier", ["schemeName"] = "Student ID", ["notation"] = "S-2026-17" };
        Assert.Equal("S-2026-17", Map(credential).Learner!.Identifier);

        Subject(credential).Remove("identifier");
        Assert.Equal(ElmDocuments.PersonId, Map(credential).Learner!.Identifier);
    }

    [Fact]
    public void The_date_of_birth_is_the_day_written_not_shifted_by_a_time_zone()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Subject(credential)["dateOfBirth"] = "2001-04-12T22:00:00-05:00";

        Assert.Equal(new DateOnly(2001, 4, 12), Map(credential).Learner!.DateOfBirth);
    }

    [Fact]
    public void The_awarding_body_is_the_claims_awarding_body_not_the_sealing_issuer()
    {
        var body = Map(ElmDocuments.LatvianMicroCredential()).AwardingBody!;

        Assert.Equal(ElmDocuments.AwardingBodyId, body.Id);
        Assert.Equal("Daugavas Lietišķo zinātņu universitāte", body.Name);
        Assert.Equal("LV", body.Country);
        Assert.Equal("VAT: LV90000012345; Registration: 90000012345", body.LegalData);
        Assert.Equal("https://daugava.example.lv", body.ContactData);
    }

    [Fact]
    public void The_trust_lists_name_is_used_only_when_the_awarding_body_is_the_sealer()
    {
        var trusted = new OutsideMappingContext("LV", "Digital Credentials Service (registry)", null);
        Assert.Equal("Daugavas Lietišķo zinātņu universitāte", Map(ElmDocuments.LatvianMicroCredential(), trusted).AwardingBody!.Name);

        var credential = ElmDocuments.LatvianMicroCredential();
        ((JsonObject)Claim(credential)["awardedBy"]!)["awardingBody"] = credential["issuer"]!.DeepClone();
        Assert.Equal("Digital Credentials Service (registry)", Map(credential, trusted).AwardingBody!.Name);
    }

    [Fact]
    public void The_issuer_country_is_the_trust_lists_else_the_awarding_bodys()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Assert.Equal("LV", Map(credential).IssuerCountry);
        Assert.Equal("EE", Map(credential, new OutsideMappingContext("EE", null, null)).IssuerCountry);
    }

    [Fact]
    public void An_awarding_body_without_an_address_takes_the_country_of_its_registration()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        var body = (JsonObject)((JsonObject)Claim(credential)["awardedBy"]!)["awardingBody"]!;
        body.Remove("location");

        Assert.Equal("LV", Map(credential).AwardingBody!.Country);
    }

    [Fact]
    public void The_issue_date_is_the_awarding_date_as_written_else_the_issuance_date()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Assert.Equal(new DateOnly(2026, 2, 20), Map(credential).IssueDate);

        ((JsonObject)Claim(credential)["awardedBy"]!).Remove("awardingDate");
        Assert.Equal(new DateOnly(2026, 3, 2), Map(credential).IssueDate);
    }

    [Fact]
    public void A_national_level_of_a_framework_the_hub_knows_is_the_level()
    {
        Assert.Equal(new LevelClaim(QualificationFramework.LatviaLqf, 6), Map(ElmDocuments.LatvianMicroCredential()).Level);
    }

    [Fact]
    public void With_a_national_level_of_an_unknown_framework_the_EQF_level_is_the_level_and_the_national_one_is_named()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Specification(credential)["nqfLevel"] = ElmDocuments.Concept("http://data.europa.eu/snb/qdr/c_c392e7a2", "http://data.europa.eu/snb/qdr/25831c2", "RQF Level 6");

        var mapped = Map(credential);

        Assert.Equal(LevelClaim.Eqf(6), mapped.Level);
        Assert.Contains("RQF Level 6 (http://data.europa.eu/snb/qdr/c_c392e7a2)", mapped.FurtherInformation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_written_as_Exchanges_framework_urn_is_read()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Specification(credential)["nqfLevel"] = "urn:exchange:qf:ua-nqf:2020:7";

        Assert.Equal(new LevelClaim(QualificationFramework.UkraineNqf, 7, "2020"), Map(credential).Level);
    }

    [Fact]
    public void A_national_level_whose_scheme_names_a_known_framework_is_read_by_its_notation()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        var concept = ElmDocuments.Concept("https://nqf.example.ua/levels/7", "UA-NQF CMU-519-2020", "Level 7");
        concept["notation"] = "7";
        Specification(credential)["nqfLevel"] = concept;

        Assert.Equal(new LevelClaim(QualificationFramework.UkraineNqf, 7, "2020"), Map(credential).Level);
    }

    [Fact]
    public void A_level_is_never_read_from_a_label()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Specification(credential).Remove("nqfLevel");
        Specification(credential)["eqfLevel"] = ElmDocuments.Concept("http://example.org/levels/six", "http://example.org/levels", "EQF Level 6");

        Assert.Null(Map(credential).Level);
    }

    [Fact]
    public void Credits_in_ECTS_are_the_workload_and_the_volume_of_learning_the_hours()
    {
        var mapped = Map(ElmDocuments.LatvianMicroCredential());

        Assert.Equal(Workload.Ects(6), mapped.Workload);
        Assert.Equal(160m, mapped.Hours);
    }

    [Fact]
    public void Without_credits_the_volume_of_learning_is_the_workload_in_clock_hours()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Specification(credential).Remove("creditPoint");

        Assert.Equal(new Workload(160, CreditUnit.ClockHours), Map(credential).Workload);
    }

    [Fact]
    public void Credits_in_a_system_the_hub_does_not_know_keep_the_figure_and_name_the_system()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Specification(credential)["creditPoint"] = new JsonObject
        {
            ["type"] = "CreditPoint",
            ["framework"] = ElmDocuments.Concept("http://data.europa.eu/snb/education-credit/60b314e826", "http://data.europa.eu/snb/education-credit/25831c2", "ECVET"),
            ["point"] = "12",
        };

        var mapped = Map(credential);

        Assert.Equal(new Workload(12, CreditUnit.Unspecified), mapped.Workload);
        Assert.Contains("12 in ECVET (http://data.europa.eu/snb/education-credit/60b314e826)", mapped.FurtherInformation, StringComparison.Ordinal);
    }

    [Fact]
    public void Credits_received_on_the_claim_outrank_the_credits_the_specification_offers()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Claim(credential)["creditReceived"] = new JsonObject
        {
            ["type"] = "CreditPoint",
            ["framework"] = ElmDocuments.EctsConcept,
            ["point"] = "4.5",
        };

        Assert.Equal(Workload.Ects(4.5m), Map(credential).Workload);
    }

    [Fact]
    public void Parts_credits_add_up_once_per_path_the_top_most_node_stating_credits_counting()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Specification(credential).Remove("creditPoint");
        var module = Part("module", 3);
        module["hasPart"] = new JsonArray(Part("lesson-1", 2), Part("lesson-2", 2));
        var container = Part("container", null);
        container["hasPart"] = Part("deep", 1.5m);
        Claim(credential)["hasPart"] = new JsonArray(module, Part("project", 3), container);

        Assert.Equal(Workload.Ects(7.5m), Map(credential).Workload);
    }

    internal static JsonObject Part(string name, decimal? ects)
    {
        var specification = new JsonObject { ["id"] = "urn:epass:spec:" + name, ["type"] = "LearningAchievementSpecification", ["title"] = new JsonObject { ["en"] = name } };
        if (ects is { } points)
        {
            specification["creditPoint"] = new JsonObject
            {
                ["type"] = "CreditPoint",
                ["framework"] = ElmDocuments.Concept(ElmDocuments.EctsConcept, "http://data.europa.eu/snb/education-credit/25831c2"),
                ["point"] = points.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        return new JsonObject { ["id"] = "urn:epass:learningAchievement:" + name, ["type"] = "LearningAchievement", ["title"] = new JsonObject { ["en"] = name }, ["specifiedBy"] = specification };
    }

    [Fact]
    public void Outcomes_keep_every_language_and_their_ESCO_skill()
    {
        Assert.Equal(
            [
                new LearningOutcome([new("lv", "Sagatavo un attīra datu kopas analīzei"), new("en", "Prepares and cleans data sets for analysis")], new Uri(ElmDocuments.EscoCleanData)),
                new LearningOutcome([new("lv", "Izmanto statistikas metodes secinājumiem"), new("en", "Uses statistical methods to draw conclusions")], new Uri(ElmDocuments.EscoStatistics)),
            ],
            Map(ElmDocuments.LatvianMicroCredential()).LearningOutcomes,
            OutcomeComparer.Instance);
    }

    [Fact]
    public void A_grade_on_a_scale_the_hub_knows_is_read_on_that_scale()
    {
        Assert.Equal(new Grade("9", GradeScales.Latvian10), Map(ElmDocuments.LatvianMicroCredential()).Grade);
    }

    [Fact]
    public void A_grade_on_an_unknown_grading_scheme_keeps_the_schemes_title_as_the_scale()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        var scheme = (JsonObject)((JsonObject)Assessment(credential)["specifiedBy"]!)["gradingScheme"]!;
        scheme.Remove("notation");

        Assert.Equal(new Grade("9", "10 ballu vērtēšanas skala"), Map(credential).Grade);
    }

    [Fact]
    public void Form_of_participation_assessment_and_supervision_come_from_their_concepts()
    {
        var mapped = Map(ElmDocuments.LatvianMicroCredential());

        Assert.Equal(ParticipationForm.Blended, mapped.ParticipationForm);
        Assert.Equal(AssessmentType.WrittenExam, mapped.AssessmentType);
        Assert.Equal(Supervision.SupervisedWithIdentityCheck, mapped.Supervision);
    }

    [Fact]
    public void A_mode_or_assessment_type_without_an_unambiguous_counterpart_stays_unset()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Specification(credential)["mode"] = ElmDocuments.Concept("http://data.europa.eu/snb/learning-assessment/729f3bed4b", "http://data.europa.eu/snb/learning-assessment/25831c2", "Workbased");
        ((JsonObject)Assessment(credential)["specifiedBy"]!)["dcType"] = ElmDocuments.Concept("http://data.europa.eu/snb/assessment/b1b68f6735", "http://data.europa.eu/snb/assessment/25831c2", "quiz");

        var mapped = Map(credential);

        Assert.Equal(ParticipationForm.Unspecified, mapped.ParticipationForm);
        Assert.Equal(AssessmentType.Unspecified, mapped.AssessmentType);
    }

    [Fact]
    public void Assessments_of_different_types_are_a_mixed_assessment()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        var oral = (JsonObject)Assessment(credential).DeepClone();
        ((JsonObject)oral["specifiedBy"]!)["dcType"] = ElmDocuments.Concept("http://data.europa.eu/snb/assessment/d30284d7df", "http://data.europa.eu/snb/assessment/25831c2");
        Claim(credential)["provenBy"] = new JsonArray(Assessment(credential).DeepClone(), oral);

        Assert.Equal(AssessmentType.Mixed, Map(credential).AssessmentType);
    }

    [Fact]
    public void Entitlements_are_access_rights_in_further_information()
    {
        Assert.Contains(
            "Access rights: [lv] Uzņemšana maģistra programmā Datu zinātne / [en] Admission to the master's programme in Data Science",
            Map(ElmDocuments.LatvianMicroCredential()).FurtherInformation,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_learning_opportunity_entitlement_is_access_to_further_study_stated_by_the_document()
    {
        var right = Assert.Single(Map(ElmDocuments.LatvianMicroCredential()).AccessRights);

        Assert.Equal(new AccessRight(AccessKind.FurtherStudy, null, null, AccessRight.Document), right);
    }

    [Fact]
    public void Further_study_takes_the_eqf_level_of_the_qualification_the_entitlement_is_limited_to()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        var entitlement = (JsonObject)((JsonArray)Specification(credential)["entitlesTo"]!)[0]!;
        entitlement["limitQualification"] = new JsonObject
        {
            ["id"] = "urn:epass:qualification:msc",
            ["type"] = "Qualification",
            ["eqfLevel"] = ElmDocuments.Concept("http://data.europa.eu/snb/eqf/7", "http://data.europa.eu/snb/eqf/25831c2"),
        };

        Assert.Equal(7, Assert.Single(Map(credential).AccessRights).EqfLevel);
    }

    [Fact]
    public void An_entitlement_limited_to_an_occupation_is_a_regulated_profession_and_an_untyped_one_is_only_further_information()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Specification(credential).Remove("entitlesTo");
        Subject(credential)["hasClaim"] = new JsonArray(
            new JsonObject
            {
                ["id"] = "urn:epass:entitlement:1",
                ["type"] = "LearningEntitlement",
                ["title"] = new JsonObject { ["en"] = "Licence to practise as a data analyst" },
                ["limitOccupation"] = new JsonObject { ["id"] = "http://data.europa.eu/esco/occupation/data-analyst", ["type"] = "Concept", ["prefLabel"] = new JsonObject { ["en"] = "data analyst" } },
            },
            new JsonObject { ["id"] = "urn:epass:entitlement:2", ["type"] = "LearningEntitlement", ["title"] = new JsonObject { ["en"] = "Membership of the society" } },
            Claim(credential).DeepClone());

        var mapped = Map(credential);

        Assert.Equal([new AccessRight(AccessKind.RegulatedProfession, null, "data analyst")], mapped.AccessRights);
        Assert.Contains("Membership of the society", mapped.FurtherInformation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entitlement_claim_beside_the_achievement_is_an_access_right_too()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Specification(credential).Remove("entitlesTo");
        Subject(credential)["hasClaim"] = new JsonArray(
            new JsonObject { ["id"] = "urn:epass:entitlement:1", ["type"] = "LearningEntitlement", ["title"] = new JsonObject { ["en"] = "Licence to practise as a data analyst" } },
            Claim(credential).DeepClone());

        var mapped = Map(credential);

        Assert.Equal(ElmDocuments.CredentialId, mapped.Id);
        Assert.Equal("Data analysis with Python", mapped.Title.Single(t => t.Language == "en").Text);
        Assert.Contains("Access rights: [en] Licence to practise as a data analyst", mapped.FurtherInformation, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_several_claims_the_first_learning_achievement_is_the_credential_and_the_others_are_named()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        var activity = new JsonObject { ["id"] = "urn:epass:activity:1", ["type"] = "LearningActivity", ["title"] = new JsonObject { ["en"] = "Summer school" } };
        Subject(credential)["hasClaim"] = new JsonArray(activity, Claim(credential).DeepClone(), Part("second achievement", 2));

        var mapped = Map(credential);

        Assert.Equal(Workload.Ects(6), mapped.Workload);
        Assert.Contains("Other claims in the credential: Summer school; second achievement", mapped.FurtherInformation, StringComparison.Ordinal);
    }

    [Fact]
    public void Quality_assurance_comes_from_the_trust_list_never_the_document()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Specification(credential)["accreditation"] = new JsonObject
        {
            ["id"] = "urn:epass:accreditation:1",
            ["type"] = "Accreditation",
            ["title"] = new JsonObject { ["en"] = "Programme accreditation" },
            ["accreditingAgent"] = new JsonObject { ["id"] = "urn:epass:org:aic", ["type"] = "Organisation", ["legalName"] = new JsonObject { ["en"] = "Academic Information Centre" } },
            ["expiryDate"] = "2030-06-30T00:00:00Z",
        };
        Assert.Null(Map(credential).QualityAssurance);
        Assert.Contains("Accreditation stated by the document (not verified): Programme accreditation, by Academic Information Centre, until 2030-06-30", Map(credential).FurtherInformation, StringComparison.Ordinal);

        var basis = new QualityAssuranceBasis("AIC", true, QualityAssuranceScope.Institutional, QualityAssuranceOutcome.Positive, null, new DateTimeOffset(2029, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(new QualityAssurance(QualityAssuranceType.ExternalEqarRegistered, "AIC", new DateOnly(2029, 1, 1)), Map(credential, new OutsideMappingContext("LV", null, basis)).QualityAssurance);
    }

    [Fact]
    public void Entry_requirements_are_the_prerequisites_and_the_ISCED_thematic_area_the_field()
    {
        var mapped = Map(ElmDocuments.LatvianMicroCredential());

        Assert.Equal("[lv] Vidējā izglītība / [en] Secondary education", mapped.Prerequisites);
        Assert.Equal("0613", mapped.FieldCode);
    }

    [Fact]
    public void A_non_formal_qualification_is_a_micro_credential()
    {
        Assert.Equal(CredentialKind.MicroCredential, Map(ElmDocuments.LatvianMicroCredential()).Kind);
    }

    [Theory]
    [InlineData("6", CredentialKind.Degree)]
    [InlineData("4", CredentialKind.VocationalQualification)]
    public void A_full_qualification_from_formal_learning_is_a_degree_from_EQF_5_and_a_vocational_qualification_below(string level, CredentialKind kind)
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Specification(credential).Remove("nqfLevel");
        Specification(credential)["eqfLevel"] = "http://data.europa.eu/snb/eqf/" + level;
        Specification(credential)["learningSetting"] = ElmDocuments.Concept("http://data.europa.eu/snb/learning-setting/6fd4685715", "http://data.europa.eu/snb/learning-setting/25831c2", "formal learning");

        Assert.Equal(kind, Map(credential).Kind);
    }

    [Fact]
    public void A_partial_qualification_is_a_course_result_and_a_diploma_supplement_a_degree()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Specification(credential)["isPartialQualification"] = true;
        Assert.Equal(CredentialKind.CourseResult, Map(credential).Kind);

        credential["credentialProfiles"] = ElmDocuments.Concept("http://data.europa.eu/snb/credential/6dff8a0f87", "http://data.europa.eu/snb/credential/25831c2", "Diploma Supplement");
        Assert.Equal(CredentialKind.Degree, Map(credential).Kind);
    }

    [Fact]
    public void The_issuer_id_is_the_sealers_id_or_the_issuer_string()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        Assert.Equal(ElmDocuments.SealerId, ElmMapper.IssuerId(credential));

        credential["issuer"] = "urn:epass:org:plain";
        Assert.Equal("urn:epass:org:plain", ElmMapper.IssuerId(credential));

        credential["issuer"] = 42;
        Assert.Null(ElmMapper.IssuerId(credential));
    }

    [Fact]
    public void Validity_is_valid_from_else_issuance_date_until_valid_until_else_expiration_date()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        credential["validFrom"] = "2026-03-03T00:00:00Z";
        credential["expirationDate"] = "2031-03-03T00:00:00Z";
        Assert.Equal((new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2031, 3, 3, 0, 0, 0, TimeSpan.Zero)), ElmMapper.Validity(credential));

        credential.Remove("validFrom");
        credential["validUntil"] = "2030-01-01T00:00:00Z";
        Assert.Equal((new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)), ElmMapper.Validity(credential));

        credential["issuanceDate"] = "not a date";
        Assert.Equal((null, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)), ElmMapper.Validity(credential));
    }

    [Fact]
    public void The_mapper_reads_the_EDC_context()
    {
        Assert.Contains("http://data.europa.eu/snb/model/context/edc-ap", ElmMapper.Contexts);
    }

    /// <summary>Outcomes compared by their texts and skill URI (the record's list compares by reference).</summary>
    internal sealed class OutcomeComparer : IEqualityComparer<LearningOutcome>
    {
        public static OutcomeComparer Instance { get; } = new();

        public bool Equals(LearningOutcome? x, LearningOutcome? y) =>
            x is not null && y is not null && x.SkillUri == y.SkillUri && x.Texts.SequenceEqual(y.Texts);

        public int GetHashCode(LearningOutcome obj) => obj.Display.GetHashCode(StringComparison.Ordinal);
    }
}
