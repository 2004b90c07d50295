using System.Text.Json.Nodes;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Grades;
using Exchange.Hub.Credentials.Outside.Elm;
using Exchange.Hub.Credentials.Outside.OpenBadges;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Outside.Elm;

/// <summary>
/// The shapes of the ELM model's own samples: the minimal EDC of the shared samples (read from its file), and small
/// fragments the specs write after the model's micro-credential (Annex I) and certificate-of-participation samples —
/// one node where a list could be, concepts with labels, a grade on a scheme the hub does not know, a national level
/// of a framework the hub does not read, an activity claim with its workload.
/// </summary>
public sealed class ElmSampleSpecs
{
    private static JsonObject MinimalSample() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(NodeScripts.Sample("elm-edc", "elm-credential-sample.minimal.jsonld")))!;

    [Fact]
    public void The_minimal_sample_maps_what_it_states_and_nothing_more()
    {
        var mapped = ElmMapper.Map(MinimalSample(), OutsideMappingContext.Untrusted);

        Assert.Equal("http://example.org/credential132", mapped.Id);
        Assert.Equal([new LanguageString("en", "some kind of learning achievement"), new LanguageString("fr", "une sorte de réussite scolaire")], mapped.Title);
        Assert.Equal(new Learner("http://example.org/pid1", "Max Power"), mapped.Learner);
        Assert.Equal(new Organisation("http://example.org/org1", "some legal name of the organistion", "FR"), mapped.AwardingBody);
        Assert.Equal("FR", mapped.IssuerCountry);
        Assert.Equal(new DateOnly(2010, 1, 1), mapped.IssueDate);
        Assert.Equal(CredentialKind.MicroCredential, mapped.Kind);
        Assert.Null(mapped.Level);
        Assert.Null(mapped.Workload);
        Assert.Null(mapped.Hours);
        Assert.Empty(mapped.LearningOutcomes);
        Assert.Null(mapped.Grade);
        Assert.Null(mapped.QualityAssurance);
        Assert.Equal(AssessmentType.Unspecified, mapped.AssessmentType);
        Assert.Equal(ParticipationForm.Unspecified, mapped.ParticipationForm);
        Assert.Null(mapped.FurtherInformation);
    }

    [Fact]
    public void The_minimal_samples_issuer_and_validity_are_read()
    {
        var sample = MinimalSample();

        Assert.Equal("http://example.org/issuer565049", ElmMapper.IssuerId(sample));
        Assert.Equal((new DateTimeOffset(2010, 10, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 9, 25, 0, 0, 0, TimeSpan.Zero)), ElmMapper.Validity(sample));
    }

    /// <summary>After the model's Annex I micro-credential sample: a Qualification with EQF 6 and a UK RQF level,
    /// credits as one CreditPoint object, an outcome naming three ESCO skills, another with an ESCO skill and
    /// DigComp skills, a "Pass" on a scheme of the issuer's own.</summary>
    private static JsonObject AnnexOneLike()
    {
        var qualification = new JsonObject
        {
            ["id"] = "urn:epass:qualification:1",
            ["type"] = "Qualification",
            ["eqfLevel"] = ElmDocuments.Concept("http://data.europa.eu/snb/eqf/6", "http://data.europa.eu/snb/eqf/25831c2", "Level 6"),
            ["nqfLevel"] = ElmDocuments.Concept("http://data.europa.eu/snb/qdr/c_c392e7a2", "http://data.europa.eu/snb/qdr/25831c2", "RQF Level 6"),
            ["thematicArea"] = new JsonArray(
                ElmDocuments.Concept("http://data.europa.eu/snb/isced-f/003", "http://data.europa.eu/snb/isced-f/25831c2"),
                ElmDocuments.Concept("http://data.europa.eu/snb/isced-f/0688", "http://data.europa.eu/snb/isced-f/25831c2")),
            ["creditPoint"] = new JsonObject
            {
                ["id"] = "urn:epass:creditPoint:1",
                ["type"] = "CreditPoint",
                ["framework"] = ElmDocuments.Concept(ElmDocuments.EctsConcept, "http://data.europa.eu/snb/education-credit/25831c2", "European Credit Transfer System"),
                ["point"] = "2",
            },
            ["isPartialQualification"] = false,
            ["learningOutcome"] = new JsonArray(
                new JsonObject
                {
                    ["id"] = "urn:epass:learningOutcome:1",
                    ["type"] = "LearningOutcome",
                    ["title"] = new JsonObject { ["en"] = "Working together" },
                    ["relatedESCOSkill"] = new JsonArray(
                        ElmDocuments.Concept("http://data.europa.eu/esco/skill/aaaaaaaa-0000-4000-8000-000000000001", "http://data.europa.eu/esco/concept-scheme/skills", "collaborate"),
                        ElmDocuments.Concept("http://data.europa.eu/esco/skill/aaaaaaaa-0000-4000-8000-000000000002", "http://data.europa.eu/esco/concept-scheme/skills", "communicate")),
                },
                new JsonObject
                {
                    ["id"] = "urn:epass:learningOutcome:2",
                    ["type"] = "LearningOutcome",
                    ["title"] = new JsonObject { ["en"] = "Digital content", ["es"] = "Contenido digital" },
                    ["relatedESCOSkill"] = ElmDocuments.Concept("http://data.europa.eu/esco/skill/aaaaaaaa-0000-4000-8000-000000000003", "http://data.europa.eu/esco/concept-scheme/skills"),
                    ["relatedSkill"] = new JsonArray(ElmDocuments.Concept("http://data.europa.eu/snb/dcf/example", "http://data.europa.eu/snb/dcf/25831c2")),
                }),
            ["learningSetting"] = ElmDocuments.Concept("http://data.europa.eu/snb/learning-setting/e207a81fc7", "http://data.europa.eu/snb/learning-setting/25831c2", "non-formal learning"),
            ["mode"] = ElmDocuments.Concept("http://data.europa.eu/snb/learning-assessment/e92d221e4d", "http://data.europa.eu/snb/learning-assessment/25831c2", "Blended"),
            ["volumeOfLearning"] = "PT60H",
            ["maximumDuration"] = "P1M",
            ["title"] = new JsonObject { ["en"] = "Building digital credentials" },
        };
        var body = ElmDocuments.Organisation("urn:epass:org:1", new JsonObject { ["en"] = "University of Example" }, "IRL", "0000");
        return new JsonObject
        {
            ["id"] = "urn:credential:annex-one-like",
            ["type"] = new JsonArray("VerifiableCredential", "EuropeanDigitalCredential"),
            ["issuer"] = body.DeepClone(),
            ["validFrom"] = "2022-12-31T23:00:00Z",
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = "urn:epass:person:1",
                ["type"] = "Person",
                ["dateOfBirth"] = "1999-10-01T22:00:00Z",
                ["fullName"] = new JsonObject { ["en"] = "Ada Example" },
                ["nationalID"] = new JsonObject { ["id"] = "urn:epass:legalIdentifier:5", ["type"] = "LegalIdentifier", ["notation"] = "LA-0001", ["spatial"] = ElmDocuments.Country("ITA") },
                ["hasClaim"] = new JsonObject
                {
                    ["id"] = "urn:epass:learningAchievement:1",
                    ["type"] = "LearningAchievement",
                    ["title"] = new JsonObject { ["en"] = "Building digital credentials" },
                    ["awardedBy"] = new JsonObject { ["id"] = "urn:epass:awardingProcess:1", ["type"] = "AwardingProcess", ["awardingBody"] = body },
                    ["provenBy"] = new JsonObject
                    {
                        ["id"] = "urn:epass:learningAssessment:1",
                        ["type"] = "LearningAssessment",
                        ["grade"] = ElmDocuments.Note("urn:epass:note:2", new JsonObject { ["en"] = "Pass" }),
                        ["idVerification"] = ElmDocuments.Concept("http://data.europa.eu/snb/supervision-verification/c598449d64", "http://data.europa.eu/snb/supervision-verification/25831c2"),
                        ["specifiedBy"] = new JsonObject
                        {
                            ["id"] = "urn:epass:learningAssessmentSpec:1",
                            ["type"] = "LearningAssessmentSpecification",
                            ["gradingScheme"] = new JsonObject { ["id"] = "urn:epass:gradingScheme:1", ["type"] = "GradingScheme", ["title"] = new JsonObject { ["en"] = "Standard grading" } },
                            ["mode"] = ElmDocuments.Concept("http://data.europa.eu/snb/learning-assessment/920fbb3cbe", "http://data.europa.eu/snb/learning-assessment/25831c2", "Online"),
                            ["dcType"] = ElmDocuments.Concept("urn:epass:concept:artefact", "urn:epass:conceptScheme:own", "artefact assessment"),
                        },
                    },
                    ["specifiedBy"] = qualification,
                },
            },
        };
    }

    [Fact]
    public void An_Annex_I_like_micro_credential_maps_each_element()
    {
        var mapped = ElmMapper.Map(AnnexOneLike(), OutsideMappingContext.Untrusted);

        Assert.Equal(CredentialKind.MicroCredential, mapped.Kind);
        Assert.Equal(LevelClaim.Eqf(6), mapped.Level);
        Assert.Contains("RQF Level 6", mapped.FurtherInformation, StringComparison.Ordinal);
        Assert.Equal(Workload.Ects(2), mapped.Workload);
        Assert.Equal(60m, mapped.Hours);
        Assert.Equal("0688", mapped.FieldCode);
        Assert.Equal(new Learner("LA-0001", "Ada Example", new DateOnly(1999, 10, 1)), mapped.Learner);
        Assert.Equal("IE", mapped.IssuerCountry);
        Assert.Equal(new DateOnly(2022, 12, 31), mapped.IssueDate);
        Assert.Equal(new Grade("Pass", "Standard grading"), mapped.Grade);
        Assert.Equal(ParticipationForm.Blended, mapped.ParticipationForm);
        Assert.Equal(AssessmentType.Unspecified, mapped.AssessmentType);
        Assert.Equal(Supervision.UnsupervisedNoIdentityCheck, mapped.Supervision);
    }

    [Fact]
    public void Every_ESCO_skill_of_an_outcome_is_kept()
    {
        var outcomes = ElmMapper.Map(AnnexOneLike(), OutsideMappingContext.Untrusted).LearningOutcomes;

        Assert.Equal(
            [
                "http://data.europa.eu/esco/skill/aaaaaaaa-0000-4000-8000-000000000001",
                "http://data.europa.eu/esco/skill/aaaaaaaa-0000-4000-8000-000000000002",
                "http://data.europa.eu/esco/skill/aaaaaaaa-0000-4000-8000-000000000003",
            ],
            outcomes.Select(o => o.SkillUri!.AbsoluteUri));
        Assert.Equal([new LanguageString("en", "Working together")], outcomes[0].Texts);
        Assert.Equal([new LanguageString("en", "communicate")], outcomes[1].Texts);
        Assert.Equal([new LanguageString("en", "Digital content"), new LanguageString("es", "Contenido digital")], outcomes[2].Texts);
    }

    [Fact]
    public void A_certificate_of_participation_maps_its_activity()
    {
        var activity = new JsonObject
        {
            ["id"] = "urn:epass:activity:1",
            ["type"] = "LearningActivity",
            ["title"] = new JsonObject { ["en"] = "Updates webinar" },
            ["workload"] = "PT2H",
            ["awardedBy"] = new JsonObject
            {
                ["id"] = "urn:epass:awardingProcess:1",
                ["type"] = "AwardingProcess",
                ["awardingBody"] = ElmDocuments.Organisation("urn:epass:org:1", new JsonObject { ["en"] = "Support Team" }, "BEL", "0000"),
            },
            ["specifiedBy"] = new JsonObject
            {
                ["id"] = "urn:epass:learningActivitySpec:1",
                ["type"] = "LearningActivitySpecification",
                ["mode"] = ElmDocuments.Concept("http://data.europa.eu/snb/learning-assessment/920fbb3cbe", "http://data.europa.eu/snb/learning-assessment/25831c2", "Online"),
                ["volumeOfLearning"] = "P2M",
                ["title"] = new JsonObject { ["en"] = "Updates webinar" },
            },
        };
        var credential = new JsonObject
        {
            ["id"] = "urn:credential:participation",
            ["type"] = new JsonArray("VerifiableCredential", "EuropeanDigitalCredential"),
            ["issuer"] = "urn:epass:org:1",
            ["validFrom"] = "2023-06-28T14:30:00Z",
            ["credentialSubject"] = new JsonObject { ["id"] = "urn:epass:person:1", ["type"] = "Person", ["fullName"] = new JsonObject { ["en"] = "Ada Example" }, ["hasClaim"] = activity },
        };

        var mapped = ElmMapper.Map(credential, OutsideMappingContext.Untrusted);

        Assert.Equal([new LanguageString("en", "Updates webinar")], mapped.Title);
        Assert.Equal(new Workload(2, CreditUnit.ClockHours), mapped.Workload);
        Assert.Equal(ParticipationForm.Online, mapped.ParticipationForm);
        Assert.Equal("BE", mapped.AwardingBody!.Country);
        Assert.Equal(CredentialKind.MicroCredential, mapped.Kind);
        Assert.Empty(mapped.LearningOutcomes);
        Assert.Null(mapped.Level);
    }
}
