using System.Text.Json.Nodes;
using Exchange.Contracts.V1;
using Exchange.Hub.Credentials.Export;
using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.IdentityModel.Tokens;
using static Exchange.Hub.Tests.Export.ExportSamples;

namespace Exchange.Hub.Tests.Export;

/// <summary>
/// The Open Badges 3.0 AchievementCredential an export is built from (no hub, no signature): every element the issue
/// names, every language of the credential, and JWT claims that agree with the credential.
/// </summary>
public sealed class AchievementCredentialBuilderSpecs
{
    [Fact]
    public void It_is_a_VC_2_AchievementCredential_issued_by_the_hub_under_the_OB_3_contexts()
    {
        var vc = Build(Credential());

        Assert.Equal(
            ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "https://exchange.example.ua/contexts/exchange/v1.jsonld"],
            Strings(vc["@context"]));
        Assert.Equal(["VerifiableCredential", "AchievementCredential"], Strings(vc["type"]));
        Assert.Equal("urn:exchange:hub-ua:credential:UA-CRED-0123456789abcdef0123", Text(vc, "id"));
        Assert.True(JsonNode.DeepEquals(Issuer.Profile(), vc["issuer"]));
        Assert.Equal("https://exchange.example.ua", Text(vc, "issuer", "id"));
        Assert.Equal("Аналіз даних мовою Python", Text(vc, "name"));
        Assert.Equal(Text(vc, "credentialSubject", "achievement", "description"), Text(vc, "description"));
        Assert.Equal("2026-06-30T08:15:42Z", Text(vc, "validFrom"));
        Assert.Equal("2026-06-30T08:15:42Z", Text(vc, "awardedDate"));
        Assert.True(JsonNode.DeepEquals(Status(), vc["credentialStatus"]));
    }

    [Fact]
    public void The_JWT_claims_repeat_the_issuer_id_subject_and_validity_to_the_second()
    {
        var expires = new DateTimeOffset(2031, 6, 30, 0, 0, 0, 900, TimeSpan.Zero);
        var vc = Build(Credential(), expires);

        Assert.Equal(Text(vc, "issuer", "id"), Text(vc, "iss"));
        Assert.Equal(Text(vc, "id"), Text(vc, "jti"));
        Assert.Equal(Text(vc, "credentialSubject", "id"), Text(vc, "sub"));
        Assert.Equal("urn:exchange:hub-ua:learner:UA-L-000101", Text(vc, "sub"));
        Assert.Equal(DateTimeOffset.Parse(Text(vc, "validFrom"), System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds(), vc["nbf"]!.GetValue<long>());
        Assert.Equal("2031-06-30T00:00:00Z", Text(vc, "validUntil"));
        Assert.Equal(expires.ToUnixTimeSeconds(), vc["exp"]!.GetValue<long>());
    }

    [Fact]
    public void Signed_its_header_is_alg_and_kid_only_and_its_payload_is_the_credential_with_the_claims()
    {
        var folder = Directory.CreateTempSubdirectory("exchange-export-keys-").FullName;
        try
        {
            using var keys = new HubKeyRing("hub-ua", folder);
            var vc = Build(Credential());

            var parts = new VcJwtSigner(keys).Sign(vc).Split('.');

            var header = JsonNode.Parse(Base64UrlEncoder.Decode(parts[0]))!.AsObject();
            Assert.Equal(["alg", "kid"], header.Select(p => p.Key));
            Assert.Equal("ES256", Text(header, "alg"));
            Assert.Equal(keys.AttestationKeyId, Text(header, "kid"));
            Assert.True(JsonNode.DeepEquals(vc, JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_credential_that_does_not_expire_has_neither_validUntil_nor_exp()
    {
        var vc = Build(Credential());

        Assert.False(vc.ContainsKey("validUntil"));
        Assert.False(vc.ContainsKey("exp"));
    }

    [Fact]
    public void The_achievement_says_what_was_achieved_with_the_outcomes_as_criteria_and_ECTS_credits()
    {
        var achievement = Achievement(Build(Credential()));

        Assert.Equal("urn:exchange:hub-ua:achievement:UA-KNU-MC-DATA-01", Text(achievement, "id"));
        Assert.Equal(["Achievement"], Strings(achievement["type"]));
        Assert.Equal("MicroCredential", Text(achievement, "achievementType"));
        Assert.Equal("Аналіз даних мовою Python", Text(achievement, "name"));
        Assert.Equal("Pandas, візуалізація даних, статистичне виведення, проєкт з реальними даними.", Text(achievement, "description"));
        Assert.Equal("- Очищати та перетворювати табличні дані за допомогою pandas.\n- Пояснювати методи статистичного виведення та їх обмеження.", Text(achievement, "criteria", "narrative"));
        Assert.Equal("uk", Text(achievement, "inLanguage"));
        Assert.Equal(6m, achievement["creditsAvailable"]!.GetValue<decimal>());
        Assert.Equal("http://data.europa.eu/snb/education-credit/6fcec5c5af", Text(achievement, "creditSystem"));
        Assert.Equal("0542", Text(achievement, "fieldOfStudy"));
        Assert.Equal(6m, Build(Credential())["credentialSubject"]!["creditsEarned"]!.GetValue<decimal>());
    }

    [Theory]
    [InlineData(CredentialKind.MicroCredential, "MicroCredential")]
    [InlineData(CredentialKind.Degree, "Degree")]
    [InlineData(CredentialKind.CourseCertificate, "Course")]
    [InlineData(CredentialKind.PartialStudies, "ext:PartialStudies")]
    [InlineData(CredentialKind.DigitalBadge, "Badge")]
    public void Each_kind_of_credential_has_its_achievement_type(CredentialKind kind, string expected)
    {
        var credential = Credential();
        credential.Kind = kind;

        Assert.Equal(expected, Text(Achievement(Build(credential)), "achievementType"));
    }

    [Theory]
    [InlineData(WorkloadUnit.KzAcademicCredit, "5", "", 5.0)]
    [InlineData(WorkloadUnit.LvCreditPoint, "2", "LV-LEGACY", 3.0)]
    [InlineData(WorkloadUnit.LvCreditPoint, "2", "LV-2022", 2.0)]
    [InlineData(WorkloadUnit.EctsCredit, "7.5", "", 7.5)]
    public void Credits_in_another_system_are_stated_in_ECTS_as_the_credit_converter_converts_them(WorkloadUnit unit, string amount, string version, double ects)
    {
        var credential = Credential();
        credential.NotionalWorkload = new Workload { Amount = amount, Unit = unit, UnitVersion = version };

        var vc = Build(credential);

        Assert.Equal((decimal)ects, Achievement(vc)["creditsAvailable"]!.GetValue<decimal>());
        Assert.Equal((decimal)ects, vc["credentialSubject"]!["creditsEarned"]!.GetValue<decimal>());
    }

    [Fact]
    public void Clock_hours_that_convert_only_to_a_range_state_no_credits_rather_than_invent_a_figure()
    {
        var credential = Credential();
        credential.NotionalWorkload = new Workload { Amount = "150", Unit = WorkloadUnit.ClockHours };

        var vc = Build(credential);

        Assert.False(Achievement(vc).ContainsKey("creditsAvailable"));
        Assert.False(Achievement(vc).ContainsKey("creditSystem"));
        Assert.False(vc["credentialSubject"]!.AsObject().ContainsKey("creditsEarned"));
    }

    [Fact]
    public void The_EQF_and_national_levels_are_alignments_a_verifier_reads_by_url_and_framework()
    {
        var alignments = Alignments(Build(Credential()));

        var eqf = Assert.Single(alignments, a => Text(a, "targetFramework") == "European Qualifications Framework");
        Assert.Equal("http://data.europa.eu/snb/eqf/7", Text(eqf, "targetUrl"));
        Assert.Equal("7", Text(eqf, "targetCode"));
        Assert.Equal("ext:EQF", Text(eqf, "targetType"));
        Assert.Equal(["Alignment"], Strings(eqf["type"]));
        Assert.False(eqf.ContainsKey("targetDescription"));

        var national = Assert.Single(alignments, a => Text(a, "targetType") == "ext:NQF");
        Assert.Equal("urn:exchange:qf:ua-nqf:CMU-519-2020:7", Text(national, "targetUrl"));
        Assert.Equal("UA-NQF CMU-519-2020", Text(national, "targetFramework"));
        Assert.Equal("National Qualifications Framework of Ukraine, level 7", Text(national, "targetName"));
        Assert.Equal("7", Text(national, "targetCode"));
    }

    [Fact]
    public void Only_a_national_level_gives_the_EQF_level_it_places_on_marked_as_derived()
    {
        var credential = Credential();
        credential.EquivalentLevels.Clear();

        var eqf = Assert.Single(Alignments(Build(credential)), a => Text(a, "targetType") == "ext:EQF");

        Assert.Equal("http://data.europa.eu/snb/eqf/7", Text(eqf, "targetUrl"));
        Assert.Contains("Derived", Text(eqf, "targetDescription"), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_skill_uri_of_the_outcomes_is_one_alignment_named_by_its_outcome()
    {
        var credential = Credential();
        credential.LearningOutcomes[0].SkillUris.Add("http://data.europa.eu/esco/skill/a1");
        credential.LearningOutcomes[0].SkillUris.Add("http://data.europa.eu/esco/skill/a2");
        credential.LearningOutcomes[1].SkillUris.Add("http://data.europa.eu/esco/skill/a1");
        credential.LearningOutcomes[1].SkillUris.Add("https://example.org/skills/inference");

        var skills = Alignments(Build(credential)).Where(a => Text(a, "targetType") is "ext:ESCOSkill" or "ext:Skill").ToList();

        Assert.Equal(["http://data.europa.eu/esco/skill/a1", "http://data.europa.eu/esco/skill/a2", "https://example.org/skills/inference"], skills.Select(a => Text(a, "targetUrl")));
        Assert.Equal("Очищати та перетворювати табличні дані за допомогою pandas.", Text(skills[0], "targetName"));
        Assert.Equal("ESCO", Text(skills[0], "targetFramework"));
        Assert.Equal("ext:Skill", Text(skills[2], "targetType"));
    }

    [Fact]
    public void The_awarding_institution_is_the_achievements_creator_with_its_registry_id()
    {
        var credential = Credential();
        credential.AwardingBodies[0].WebUrl = "https://knu.ua";
        credential.AwardingBodies[0].LegalIdentity = new LegalIdentity { RegistrationNumber = "02070944" };

        var creator = Achievement(Build(credential))["creator"]!.AsObject();

        Assert.Equal("urn:exchange:hub-ua:institution:UA-KNU", Text(creator, "id"));
        Assert.Equal(["Profile"], Strings(creator["type"]));
        Assert.Equal("Київський національний університет імені Тараса Шевченка", Text(creator, "name"));
        Assert.Equal("Taras Shevchenko National University of Kyiv", Text(creator, "nameByLanguage", "en"));
        Assert.Equal("https://knu.ua", Text(creator, "url"));
        Assert.Equal("UA", Text(creator, "address", "addressCountryCode"));
        var identifiers = creator["otherIdentifier"]!.AsArray().Select(i => (Text(i!, "identifierType"), Text(i!, "identifier"))).ToList();
        Assert.Equal([("ext:ExchangeRegistryId", "UA-KNU"), ("ext:NationalRegistrationNumber", "02070944")], identifiers);
        Assert.NotEqual(Text(creator, "id"), Text(Build(credential), "issuer", "id"));
    }

    [Fact]
    public void Every_language_of_the_credential_travels_as_language_maps_beside_the_original()
    {
        var credential = Credential();
        credential.Title.Values.Add(new LocalizedText { Language = "kk", Text = "Python тілінде деректерді талдау" });
        credential.LearningOutcomes[1].Text.Values.RemoveAt(1);

        var achievement = Achievement(Build(credential));

        Assert.Equal(["uk", "en", "kk"], Keys(achievement["nameByLanguage"]));
        Assert.Equal("Data analysis in Python", Text(achievement, "nameByLanguage", "en"));
        Assert.Equal("Python тілінде деректерді талдау", Text(achievement, "nameByLanguage", "kk"));
        Assert.Equal("Pandas, data visualisation, statistical inference, a project on real data.", Text(achievement, "descriptionByLanguage", "en"));
        Assert.Equal(["uk", "en"], Keys(achievement["criteria"]!["narrativeByLanguage"]));
        // An outcome not translated keeps its original text in the other language's list.
        Assert.Equal("- Clean and transform tabular data with pandas.\n- Пояснювати методи статистичного виведення та їх обмеження.",
            Text(achievement, "criteria", "narrativeByLanguage", "en"));
    }

    [Fact]
    public void With_no_text_about_its_content_the_outcomes_describe_the_achievement()
    {
        var credential = Credential();
        credential.Content = null;

        var achievement = Achievement(Build(credential));

        Assert.Equal("Очищати та перетворювати табличні дані за допомогою pandas. Пояснювати методи статистичного виведення та їх обмеження.", Text(achievement, "description"));
        Assert.Equal("Clean and transform tabular data with pandas. Explain methods of statistical inference and their limits.", Text(achievement, "descriptionByLanguage", "en"));
    }

    [Fact]
    public void A_grade_is_the_learners_result_on_a_result_description_of_the_achievement()
    {
        var credential = Credential();
        credential.Grade = new Grade { Value = "92", ScaleId = "UA-100", Passing = true, IssuerBandTable = new GradeBandTable() };
        credential.Grade.IssuerBandTable.Bands.Add(new GradeBand { Label = "A" });
        credential.Grade.IssuerBandTable.Bands.Add(new GradeBand { Label = "B" });

        var vc = Build(credential);
        var description = Assert.Single(Achievement(vc)["resultDescription"]!.AsArray())!;
        var result = Assert.Single(vc["credentialSubject"]!["result"]!.AsArray())!;

        Assert.Equal("urn:exchange:hub-ua:achievement:UA-KNU-MC-DATA-01#grade", Text(description, "id"));
        Assert.Equal("UA-100", Text(description, "name"));
        Assert.Equal(["B", "A"], Strings(description["allowedValue"]));
        Assert.Equal(Text(description, "id"), Text(result, "resultDescription"));
        Assert.Equal("92", Text(result, "value"));
        Assert.Equal("Completed", Text(result, "status"));
    }

    [Fact]
    public void An_ungraded_credential_has_no_result()
    {
        var vc = Build(Credential());

        Assert.False(vc["credentialSubject"]!.AsObject().ContainsKey("result"));
        Assert.False(Achievement(vc).ContainsKey("resultDescription"));
    }

    [Fact]
    public void The_holder_is_named_as_printed_so_a_verifier_can_match_who_presents_it()
    {
        var identifier = Assert.Single(Build(Credential())["credentialSubject"]!["identifier"]!.AsArray())!;

        Assert.Equal("IdentityObject", Text(identifier, "type"));
        Assert.Equal("name", Text(identifier, "identityType"));
        Assert.False(identifier["hashed"]!.GetValue<bool>());
        Assert.Equal("Олена Петрівна Коваленко", Text(identifier, "identityHash"));
    }

    private static JsonObject Achievement(JsonObject vc) => vc["credentialSubject"]!["achievement"]!.AsObject();

    private static List<JsonObject> Alignments(JsonObject vc) => [.. Achievement(vc)["alignment"]!.AsArray().Select(a => a!.AsObject())];

    private static string Text(JsonNode node, params string[] path) =>
        path.Aggregate((JsonNode?)node, (n, p) => n?[p])?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException($"No {string.Join('.', path)} in {node.ToJsonString()}");

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];

    private static List<string> Keys(JsonNode? map) => [.. map!.AsObject().Select(p => p.Key)];
}
