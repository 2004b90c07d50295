using System.Text;
using System.Text.Json.Nodes;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside.OpenBadges;
using Exchange.Hub.Credentials.Outside.VcJwt;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Outside;

/// <summary>
/// How an imported Open Badge maps into the hub's model: level from EQF / national framework alignments (by the
/// framework's identifier, never a name), credits only with a stated system, outcomes with their ESCO URIs, every
/// language, access rights where stated, and nothing invented where the document is silent.
/// </summary>
public sealed class OpenBadgeMappingSpecs
{
    private const string IssuerId = "https://badges.example.edu";

    private static Credential Map(JsonObject credential, OutsideMappingContext? context = null) =>
        OpenBadgeMapper.Map(VcJwtPayload.TryRead(credential, out var problem) ?? throw new InvalidOperationException(problem), context ?? OutsideMappingContext.Untrusted);

    private static JsonObject Achievement(JsonObject badge) => (JsonObject)badge["credentialSubject"]!["achievement"]!;

    private static JsonObject Alignment(string name, string url, string? framework = null, string? code = null)
    {
        var alignment = new JsonObject { ["type"] = new JsonArray("Alignment"), ["targetName"] = name, ["targetUrl"] = url };
        if (framework is not null)
        {
            alignment["targetFramework"] = framework;
        }

        if (code is not null)
        {
            alignment["targetCode"] = code;
        }

        return alignment;
    }

    [Fact]
    public void The_EQF_concept_URI_gives_the_EQF_level()
    {
        Assert.Equal(LevelClaim.Eqf(5), Map(OutsideDocuments.Badge(IssuerId)).Level);
    }

    [Fact]
    public void An_alignment_naming_the_EQF_framework_with_a_code_gives_the_level()
    {
        var badge = OutsideDocuments.Badge(IssuerId);
        Achievement(badge)["alignment"] = new JsonArray(Alignment("Level six", "https://example.org/levels/6", "European Qualifications Framework", "6"));

        Assert.Equal(LevelClaim.Eqf(6), Map(badge).Level);
    }

    [Fact]
    public void A_level_only_in_an_alignments_name_is_not_read()
    {
        var badge = OutsideDocuments.Badge(IssuerId);
        Achievement(badge)["alignment"] = new JsonArray(Alignment("EQF level 6", "https://example.org/levels/six"));

        Assert.Null(Map(badge).Level);
    }

    [Fact]
    public void The_first_level_stated_is_the_level_and_a_national_one_maps_through_the_level_tables()
    {
        var badge = OutsideDocuments.Badge(IssuerId);
        ((JsonArray)Achievement(badge)["alignment"]!).Insert(0, Alignment("Рівень 7 НРК", "https://example.org/ua-nqf/7", "UA-NQF CMU-519-2020", "7"));

        var level = Map(badge).Level;

        Assert.Equal(new LevelClaim(QualificationFramework.UkraineNqf, 7, "2020"), level);
        Assert.True(new LevelMapper(FrameworkTables.Default).ToEqf(level!, new DateOnly(2026, 6, 30)).IsMapped);
    }

    [Theory]
    [InlineData("urn:exchange:qf:ua-nqf:CMU-1341-2011:8", QualificationFramework.UkraineNqf, 8, "2011")]
    [InlineData("urn:exchange:qf:lv-pql:before-2022-08-01:5", QualificationFramework.LatviaProfessionalLevel, 5, "pre-2022")]
    [InlineData("urn:exchange:qf:qf-ehea:first", QualificationFramework.QfEhea, 1, null)]
    public void Exchanges_level_URNs_are_read_with_their_level_scheme(string urn, QualificationFramework framework, int level, string? version)
    {
        var badge = OutsideDocuments.Badge(IssuerId);
        Achievement(badge)["alignment"] = new JsonArray(Alignment("level", urn));

        Assert.Equal(new LevelClaim(framework, level, version), Map(badge).Level);
    }

    [Theory]
    [InlineData("QF-EHEA", "second", QualificationFramework.QfEhea, 2)]
    [InlineData("KZ-NQF", "6", QualificationFramework.KazakhstanNqf, 6)]
    [InlineData("QUALIFICATION_FRAMEWORK_LV_LQF", "5", QualificationFramework.LatviaLqf, 5)]
    public void The_national_frameworks_are_read_by_their_codes(string framework, string code, QualificationFramework expected, int level)
    {
        var badge = OutsideDocuments.Badge(IssuerId);
        Achievement(badge)["alignment"] = new JsonArray(Alignment("level", "https://example.org/level", framework, code));

        Assert.Equal(new LevelClaim(expected, level), Map(badge).Level);
    }

    [Fact]
    public void Credits_earned_in_the_stated_system_are_the_workload()
    {
        Assert.Equal(new Workload(5, CreditUnit.Ects), Map(OutsideDocuments.Badge(IssuerId)).Workload);
    }

    [Fact]
    public void Credits_without_a_stated_system_keep_an_unspecified_unit_which_the_validation_names()
    {
        var badge = OutsideDocuments.Badge(IssuerId);
        Achievement(badge).Remove("creditSystem");

        Assert.Equal(new Workload(5, CreditUnit.Unspecified), Map(badge).Workload);
    }

    [Fact]
    public void An_ext_credit_system_term_is_read_too()
    {
        var badge = OutsideDocuments.Badge(IssuerId);
        Achievement(badge).Remove("creditSystem");
        Achievement(badge)["ext:creditSystem"] = "ECTS";
        ((JsonObject)badge["credentialSubject"]!).Remove("creditsEarned");
        Achievement(badge)["creditsAvailable"] = 7.5;

        Assert.Equal(new Workload(7.5m, CreditUnit.Ects), Map(badge).Workload);
    }

    [Fact]
    public void What_the_document_does_not_state_stays_missing()
    {
        var badge = OutsideDocuments.Badge(IssuerId);
        Achievement(badge).Remove("alignment");
        Achievement(badge).Remove("creditsAvailable");
        ((JsonObject)badge["credentialSubject"]!).Remove("creditsEarned");

        var credential = Map(badge);

        Assert.Null(credential.Workload);
        Assert.Null(credential.Level);
        Assert.Empty(credential.LearningOutcomes);
        Assert.Null(credential.QualityAssurance);
        Assert.Equal(AssessmentType.Unspecified, credential.AssessmentType);
        Assert.Null(credential.FurtherInformation);
    }

    [Fact]
    public void An_ESCO_alignment_is_a_learning_outcome_with_its_skill_URI()
    {
        var outcome = Assert.Single(Map(OutsideDocuments.Badge(IssuerId)).LearningOutcomes);

        Assert.Equal(new Uri(OutsideDocuments.EscoSkill), outcome.SkillUri);
        Assert.Equal("analyse big data", outcome.Texts[0].Text);
        Assert.Equal("en", outcome.Texts[0].Language);
    }

    [Fact]
    public void The_narrative_lines_are_the_outcomes_in_every_language_when_the_Exchange_term_says_so()
    {
        var badge = OutsideDocuments.Badge(IssuerId);
        var criteria = (JsonObject)Achievement(badge)["criteria"]!;
        criteria["narrative"] = "Cleans a data set\nanalyse big data";
        criteria["narrativeByLanguage"] = new JsonObject { ["en"] = "Cleans a data set\nanalyse big data", ["lv"] = "Attīra datu kopu\nanalizē lielos datus" };

        var outcomes = Map(badge).LearningOutcomes;

        Assert.Equal(2, outcomes.Count);
        Assert.Equal("en lv", string.Join(' ', outcomes[0].Texts.Select(t => t.Language)));
        Assert.Null(outcomes[0].SkillUri);
        Assert.Equal("analizē lielos datus", outcomes[1].Texts.Single(t => t.Language == "lv").Text);
        Assert.Equal(new Uri(OutsideDocuments.EscoSkill), outcomes[1].SkillUri);
    }

    [Fact]
    public void Every_language_of_the_title_is_kept_from_value_objects_language_maps_and_related_editions()
    {
        var badge = OutsideDocuments.Badge(IssuerId);
        Achievement(badge)["name"] = new JsonArray(
            new JsonObject { ["@value"] = "Data analysis", ["@language"] = "en" },
            new JsonObject { ["@value"] = "Datu analīze", ["@language"] = "lv" });
        Achievement(badge)["nameByLanguage"] = new JsonObject { ["en"] = "Data analysis", ["uk"] = "Аналіз даних" };
        Achievement(badge)["related"] = new JsonArray(new JsonObject { ["id"] = "urn:x", ["type"] = new JsonArray("Related"), ["inLanguage"] = "kk", ["name"] = "Деректерді талдау" });

        var title = Map(badge).Title;

        Assert.Equal("en lv uk kk", string.Join(' ', title.Select(t => t.Language)));
        Assert.Equal("Datu analīze", title[1].Text);
    }

    [Fact]
    public void A_plain_title_without_a_stated_language_is_marked_undetermined()
    {
        var badge = OutsideDocuments.Badge(IssuerId);
        Achievement(badge).Remove("inLanguage");

        Assert.Equal(new LanguageString("und", "Data analysis"), Assert.Single(Map(badge).Title));
    }

    [Fact]
    public void Access_rights_where_stated_go_to_further_information_as_the_model_has_no_element_for_them()
    {
        var badge = OutsideDocuments.Badge(IssuerId);
        Achievement(badge)["accessRights"] = new JsonObject { ["en"] = "Access to second-cycle studies", ["lv"] = "Piekļuve otrā cikla studijām" };

        Assert.Equal("Access rights: [en] Access to second-cycle studies / [lv] Piekļuve otrā cikla studijām", Map(badge).FurtherInformation);
    }

    [Fact]
    public void The_trust_lists_country_and_quality_assurance_outrank_the_documents_own_words()
    {
        var qa = new QualityAssuranceBasis("AIKA", true, QualityAssuranceScope.Institutional, QualityAssuranceOutcome.Positive, null, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var credential = Map(OutsideDocuments.Badge(IssuerId), new OutsideMappingContext("EE", "Registered name", qa));

        Assert.Equal("EE", credential.IssuerCountry);
        Assert.Equal(new QualityAssurance(QualityAssuranceType.ExternalEqarRegistered, "AIKA", new DateOnly(2030, 1, 1)), credential.QualityAssurance);
        Assert.Equal("Registered name", credential.AwardingBody!.Name);
    }

    [Fact]
    public void Without_a_trusted_entry_the_issuer_address_gives_the_country_and_the_learner_and_dates_come_from_the_document()
    {
        var credential = Map(OutsideDocuments.Badge(IssuerId));

        Assert.Equal("LV", credential.IssuerCountry);
        Assert.Equal(new Learner(OutsideDocuments.SubjectId, "Anna Bērziņa"), credential.Learner);
        Assert.Equal(new DateOnly(2026, 6, 30), credential.IssueDate);
        Assert.Equal(CredentialKind.MicroCredential, credential.Kind);
        Assert.Equal(new Organisation(IssuerId, "Example University", "LV"), credential.AwardingBody);
    }

    [Theory]
    [InlineData("MasterDegree", CredentialKind.Degree)]
    [InlineData("Course", CredentialKind.CourseResult)]
    [InlineData("License", CredentialKind.VocationalQualification)]
    [InlineData("Badge", CredentialKind.MicroCredential)]
    public void The_achievement_type_says_the_kind(string achievementType, CredentialKind kind)
    {
        var badge = OutsideDocuments.Badge(IssuerId);
        Achievement(badge)["achievementType"] = achievementType;

        Assert.Equal(kind, Map(badge).Kind);
    }

    [Fact]
    public void A_plain_VC_2_0_with_a_degree_in_its_subject_maps_the_degree_and_keeps_the_holders_name_apart()
    {
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"),
            ["id"] = "http://university.example/credentials/3732",
            ["type"] = new JsonArray("VerifiableCredential", "ExampleDegreeCredential"),
            ["issuer"] = "https://university.example/issuers/565049",
            ["validFrom"] = "2026-01-01T00:00:00Z",
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = "did:example:ebfeb1f712ebc6f1c276e12ec21",
                ["name"] = "Jayden Doe",
                ["degree"] = new JsonObject
                {
                    ["type"] = "BachelorDegree",
                    ["name"] = new JsonArray(new JsonObject { ["@value"] = "Bachelor of Science and Arts", ["@language"] = "en" }),
                    ["alignment"] = new JsonArray(Alignment("EQF 6", "http://data.europa.eu/snb/eqf/6")),
                },
            },
        };

        var mapped = Map(credential);

        Assert.Equal(new LanguageString("en", "Bachelor of Science and Arts"), Assert.Single(mapped.Title));
        Assert.Equal(CredentialKind.Degree, mapped.Kind);
        Assert.Equal(LevelClaim.Eqf(6), mapped.Level);
        Assert.Equal("Jayden Doe", mapped.Learner!.FullName);
        Assert.Null(mapped.AwardingBody);
    }

    public static TheoryData<string> SpecSamples => new()
    {
        "spec-basic-openbadgecredential.unsigned.json",
        "spec-achievement-alignment-case.unsigned.json",
        "spec-skill-assertion-case.unsigned.json",
    };

    /// <summary>The OB 3.0 specification's own examples, signed here by a trusted test key: each verifies and maps,
    /// and what the example does not state is named as missing rather than filled in.</summary>
    [Theory]
    [MemberData(nameof(SpecSamples))]
    public async Task The_specifications_examples_signed_by_a_trusted_key_read_and_name_what_they_lack(string sample)
    {
        using var issuer = new OutsideIssuerKeys();
        var credential = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("..", "shared", "samples", "ob3", sample)))!.AsObject();
        credential["issuer"] = new JsonObject { ["id"] = issuer.IssuerId, ["type"] = new JsonArray("Profile"), ["name"] = "Example issuer" };
        // Signed now with a key registered from 2020: the examples' 2010 date would fall outside the key's window.
        credential["validFrom"] = "2026-06-30T00:00:00Z";
        var reader = OutsideReaders.Create(new InMemoryIssuerTrust(issuer.Trusted()));

        var read = await reader.ReadAsync(Encoding.ASCII.GetBytes(issuer.SignEs256(credential)), CancellationToken.None);

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Equal(credential["credentialSubject"]!["achievement"]!["name"]!.GetValue<string>(), read.Credential!.Title[0].Text);
        Assert.Null(read.Credential.Workload);
        var required = read.Verification.Checks.Single(c => c.Check == VerificationCheck.RequiredElements);
        Assert.Equal(CheckResult.Warning, required.Result);
        Assert.Contains("workload", required.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_alignment_sample_keeps_its_CASE_competency_as_an_outcome_and_the_skill_sample_its_creator_as_awarding_body()
    {
        var alignment = Map(Sample("spec-achievement-alignment-case.unsigned.json"));
        var skill = Map(Sample("spec-skill-assertion-case.unsigned.json"));

        Assert.Equal(new Uri("https://caseregistry.imsglobal.org/uri/74f5bb7d-d7cc-11e8-824f-0242ac160002"), Assert.Single(alignment.LearningOutcomes).SkillUri);
        Assert.Null(alignment.Level);
        Assert.Equal("Example Industry Group", skill.AwardingBody!.Name);
        Assert.Equal("https://example.com/issuers/123767", skill.AwardingBody.Id);
    }

    private static JsonObject Sample(string name)
    {
        var credential = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("..", "shared", "samples", "ob3", name)))!.AsObject();
        credential["issuer"] ??= IssuerId;
        return credential;
    }
}
