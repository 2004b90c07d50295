using System.Text;
using System.Text.Json.Nodes;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Decisions;
using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Hosting;
using Exchange.Hub.Signing;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using static Exchange.Hub.Tests.Recognition.CaseSamples;

namespace Exchange.Hub.Tests.Credentials;

/// <summary>The recognition decision as a credential, built without a hub: what it says, about whom, in which
/// words of Exchange's context, and that the hub's signature over it verifies.</summary>
public sealed class DecisionCredentialSpecs
{
    private static readonly DateTimeOffset DecidedAt = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private static readonly HubIssuer Issuer = new(Options.Create(new HubOptions { HubId = "hub-lv", DisplayName = "AIC Latvia", PublicWebUrl = "https://exchange.example.lv/" }));

    private static readonly HubRecognitionPolicy Policy = HubRecognitionPolicy.Defaults("LV") with
    {
        PolicyId = "lv-2026",
        PolicyVersion = "3",
        AppealBodyName = "Academic Information Centre",
    };

    private static readonly JsonObject Status = new()
    {
        ["id"] = "https://exchange.example.lv/status/decisions/1#7",
        ["type"] = "BitstringStatusListEntry",
        ["statusPurpose"] = "revocation",
        ["statusListIndex"] = "7",
        ["statusListCredential"] = "https://exchange.example.lv/status/decisions/1",
    };

    private static RecognitionCaseState Case(params (string CredentialId, string? LearnerId)[] credentials)
    {
        var target = RigaCourse with { Titles = [new("lv", "Datu analīze Python valodā"), new("en", "Data analysis in Python")] };
        var state = new RecognitionCaseState
        {
            CaseId = "case-42",
            Submission = Submission("key-1", target, [.. credentials.Select(c => c.CredentialId)]),
        };
        foreach (var (id, learner) in credentials)
        {
            state.Credentials.Add(new CaseCredentialSummary(id, [new("uk", "Аналіз даних мовою Python"), new("en", "Data analysis in Python")], "UA", "ua-kpi", "KPI", "UA") { LearnerId = learner });
            state.Verifications.Add(new CredentialVerification(id, "hub-ua", [], DecidedAt, DecidedAt));
        }

        return state;
    }

    private static CaseDecision Decision(RecognitionCaseState state, DecisionOutcome outcome = DecisionOutcome.Partial) => new()
    {
        DecisionId = "case-42-d1",
        Outcome = outcome,
        DecidedBy = DeciderKind.Officer,
        DeciderId = "officer-ozola",
        DecidedAt = DecidedAt,
        PolicyId = "lv-2026",
        PolicyVersion = "3",
        Differences = [],
        RecognisedLevel = new CaseLevel(QualificationFramework.LatviaLqf, 6, 6),
        Credits = [new CaseCredit(state.Credentials[0].CredentialId, 6, Adapters.Credits.CreditUnit.UkrainianEcts, 9, 9, Adapters.Credits.CreditUnit.LatvianCreditPoint, "1 UA ECTS = 1.5 KP")],
        Measures = [new CaseMeasure("m1", CaseMeasureKind.Exam, [new("en", "Oral examination in statistics"), new("lv", "Mutisks eksāmens statistikā")], [Criterion.LearningOutcomes], 3)],
        RecognisedScope = [new("en", "Python programming")],
        NotRecognisedScope = [new("en", "Statistics")],
        AppealInstructions = [new("en", "Write to the centre within 30 days.")],
        AppealDeadline = DecidedAt.AddDays(30),
        Summary = "Partial recognition decided by officer officer-ozola.",
        CredentialIds = [.. state.Credentials.Select(c => c.CredentialId)],
    };

    private static JsonObject Recognition(JsonObject credential) => credential["credentialSubject"]!["recognition"]!.AsObject();

    [Fact]
    public void It_is_a_vc_2_recognition_decision_credential_issued_by_the_hub_from_the_decision_date_with_consistent_claims()
    {
        var state = Case(("ua-mc-1", "UA-L-000101"));
        var vc = DecisionCredential.Build(state, Decision(state), Issuer, Policy, Status);

        Assert.Equal(["https://www.w3.org/ns/credentials/v2", "https://exchange.example.lv/contexts/exchange/v1.jsonld"], vc["@context"]!.AsArray().Select(c => (string)c!));
        Assert.Equal(["VerifiableCredential", "RecognitionDecisionCredential"], vc["type"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("urn:exchange:hub-lv:decision:case-42-d1", (string)vc["id"]!);
        Assert.Equal("https://exchange.example.lv", (string)vc["issuer"]!["id"]!);
        Assert.Equal("2026-03-02T09:30:00Z", (string)vc["validFrom"]!);
        Assert.Null(vc["validUntil"]);
        Assert.Equal((string)vc["issuer"]!["id"]!, (string)vc["iss"]!);
        Assert.Equal((string)vc["id"]!, (string)vc["jti"]!);
        Assert.Equal((string)vc["credentialSubject"]!["id"]!, (string)vc["sub"]!);
        Assert.Equal(DecidedAt.ToUnixTimeSeconds(), (long)vc["nbf"]!);
        Assert.True(JsonNode.DeepEquals(Status, vc["credentialStatus"]));
    }

    [Fact]
    public void It_is_issued_to_the_holder_the_recognised_credential_names_at_its_issuing_hub()
    {
        var state = Case(("ua-mc-1", "UA-L-000101"), ("ua-mc-2", "UA-L-000101"));
        var vc = DecisionCredential.Build(state, Decision(state), Issuer, Policy, Status);

        Assert.Equal("urn:exchange:hub-ua:learner:UA-L-000101", (string)vc["credentialSubject"]!["id"]!);
    }

    [Fact]
    public void An_outside_credentials_subject_iri_is_the_holder_as_it_is()
    {
        Assert.Equal("did:example:ebfeb1f712ebc6f1c276e12ec21", DecisionCredential.HolderId("did:example:ebfeb1f712ebc6f1c276e12ec21", ""));
        Assert.Equal("urn:exchange:hub-ua:learner:UA-L-000101", DecisionCredential.HolderId("UA-L-000101", "hub-ua"));
        Assert.Null(DecisionCredential.HolderId("UA-L-000101", ""));
        Assert.Null(DecisionCredential.HolderId(" ", "hub-ua"));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("UA-L-000101", "UA-L-000999")]
    public void Without_one_named_holder_it_asserts_nobody(string? first, string? second)
    {
        var state = Case(("ua-mc-1", first), ("ua-mc-2", second));
        var vc = DecisionCredential.Build(state, Decision(state), Issuer, Policy, Status);

        Assert.Null(vc["credentialSubject"]!["id"]);
        Assert.Null(vc["sub"]);
        Assert.NotNull(vc["credentialSubject"]!["recognition"]);
    }

    [Fact]
    public void It_says_what_was_recognised_for_what_with_which_outcome_level_credits_and_conditions_in_every_language()
    {
        var state = Case(("ua-mc-1", "UA-L-000101"));
        var recognition = Recognition(DecisionCredential.Build(state, Decision(state), Issuer, Policy, Status));

        var credential = recognition["recognisedCredential"]!.AsArray().Single()!;
        Assert.Equal("urn:exchange:hub-ua:credential:ua-mc-1", (string)credential["id"]!);
        Assert.Equal("ua-mc-1", (string)credential["credentialId"]!);
        Assert.Equal("hub-ua", (string)credential["issuingHub"]!);
        Assert.Equal("Аналіз даних мовою Python", (string)credential["credentialTitle"]!["uk"]!);
        Assert.Equal("Data analysis in Python", (string)credential["credentialTitle"]!["en"]!);

        Assert.Equal("creditTransfer", (string)recognition["purpose"]!);
        Assert.Equal("course", (string)recognition["target"]!["targetKind"]!);
        Assert.Equal("Datu analīze Python valodā", (string)recognition["target"]!["targetTitle"]!["lv"]!);
        Assert.Equal("Data analysis in Python", (string)recognition["target"]!["targetTitle"]!["en"]!);
        Assert.Equal("partial", (string)recognition["outcome"]!);
        Assert.Equal("latviaLqf", (string)recognition["recognisedLevel"]!["qualificationFramework"]!);
        Assert.Equal(6, (int)recognition["recognisedLevel"]!["frameworkLevel"]!);
        Assert.Equal("http://data.europa.eu/snb/eqf/6", (string)recognition["recognisedLevel"]!["eqfLevel"]!);
        var credit = recognition["creditsRecognised"]!.AsArray().Single()!;
        Assert.Equal(6m, (decimal)credit["originalAmount"]!);
        Assert.Equal(9m, (decimal)credit["recognisedMinimum"]!);
        Assert.Equal("latvianCreditPoint", (string)credit["recognisedUnit"]!);
        var measure = recognition["compensatoryMeasure"]!.AsArray().Single()!;
        Assert.Equal("exam", (string)measure["measureKind"]!);
        Assert.Equal("Mutisks eksāmens statistikā", (string)measure["measureDescription"]!["lv"]!);
        Assert.Equal(3m, (decimal)measure["measureEcts"]!);
        Assert.Equal("Python programming", (string)recognition["recognisedScope"]!["en"]!);
        Assert.Equal("Statistics", (string)recognition["notRecognisedScope"]!["en"]!);
    }

    [Fact]
    public void It_names_the_policy_date_kind_of_decider_and_appeal_route_but_never_the_officer()
    {
        var state = Case(("ua-mc-1", "UA-L-000101"));
        var vc = DecisionCredential.Build(state, Decision(state), Issuer, Policy, Status);
        var recognition = Recognition(vc);

        Assert.Equal("lv-2026", (string)recognition["policy"]!["policyId"]!);
        Assert.Equal("3", (string)recognition["policy"]!["policyVersion"]!);
        Assert.Equal("2026-03-02T09:30:00Z", (string)recognition["decidedAt"]!);
        Assert.Equal("officer", (string)recognition["decidedBy"]!);
        Assert.True((bool)recognition["appeal"]!["appealable"]!);
        Assert.Equal("2026-04-01T09:30:00Z", (string)recognition["appeal"]!["appealDeadline"]!);
        Assert.Equal("Academic Information Centre", (string)recognition["appeal"]!["appealBody"]!);
        Assert.Equal("Write to the centre within 30 days.", (string)recognition["appeal"]!["appealInstructions"]!["en"]!);
        Assert.DoesNotContain("ozola", vc.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_full_recognition_leaves_nothing_to_appeal_and_a_redecision_names_the_decision_it_supersedes()
    {
        var state = Case(("ua-mc-1", "UA-L-000101"));
        var first = Recognition(DecisionCredential.Build(state, Decision(state, DecisionOutcome.Full) with { AppealDeadline = null, Measures = [] }, Issuer, Policy, Status));
        var second = Recognition(DecisionCredential.Build(state, Decision(state) with { DecisionId = "case-42-d2", SupersedesDecisionId = "case-42-d1" }, Issuer, Policy, Status));

        Assert.False((bool)first["appeal"]!["appealable"]!);
        Assert.Null(first["appeal"]!["appealDeadline"]);
        Assert.Null(first["compensatoryMeasure"]);
        Assert.Null(first["supersedes"]);
        Assert.Equal("urn:exchange:hub-lv:decision:case-42-d1", (string)second["supersedes"]!);
    }

    [Fact]
    public void Every_term_it_uses_is_defined_by_exchanges_protected_context_under_one_vocabulary()
    {
        var context = JsonNode.Parse(ExchangeContext.Document.Span)!["@context"]!.AsObject();
        Assert.Equal(1.1, (double)context["@version"]!);
        Assert.True((bool)context["@protected"]!);
        foreach (var (term, definition) in context.Where(t => !t.Key.StartsWith('@') && t.Key != "xsd"))
        {
            var iri = definition is JsonObject d ? (string)d["@id"]! : (string)definition!;
            Assert.Equal(ExchangeContext.Vocabulary + term, iri);
        }

        var state = Case(("ua-mc-1", "UA-L-000101"));
        var recognition = Recognition(DecisionCredential.Build(state, Decision(state) with { SupersedesDecisionId = "case-42-d0" }, Issuer, Policy, Status));
        var undefined = Terms(recognition, context).Where(t => !context.ContainsKey(t)).Distinct().ToList();
        Assert.Empty(undefined);
    }

    [Fact]
    public void Signed_by_the_hub_its_header_names_the_attestation_key_and_the_signature_verifies_with_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "exchange-tests", "decision-keys-" + Guid.NewGuid().ToString("N"));
        using var keys = new HubKeyRing("hub-lv", folder);
        try
        {
            var state = Case(("ua-mc-1", "UA-L-000101"));
            var jws = new VcJwtSigner(keys).Sign(DecisionCredential.Build(state, Decision(state), Issuer, Policy, Status));

            var parts = jws.Split('.');
            var header = JsonNode.Parse(Base64UrlEncoder.Decode(parts[0]))!.AsObject();
            Assert.Equal(["alg", "kid"], header.Select(p => p.Key));
            Assert.Equal(keys.AttestationKeyId, (string)header["kid"]!);
            Assert.True(Es256.Verify(keys.AttestationKey, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64UrlEncoder.DecodeBytes(parts[2])));
            Assert.Equal("RecognitionDecisionCredential", (string)JsonNode.Parse(Base64UrlEncoder.DecodeBytes(parts[1]))!["type"]![1]!);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Every property name below the decision, except those of the VC context (id, type) and the languages
    /// of a language map.</summary>
    private static IEnumerable<string> Terms(JsonNode node, JsonObject context)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key is "id" or "type")
                    {
                        continue;
                    }

                    yield return key;
                    var languageMap = context[key] is JsonObject d && (string?)d["@container"] == "@language";
                    if (value is not null && !languageMap)
                    {
                        foreach (var inner in Terms(value, context))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a.OfType<JsonNode>())
                {
                    foreach (var inner in Terms(item, context))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
