using System.Globalization;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Credentials.Decisions;

/// <summary>
/// A recognition decision as a W3C VC 2.0 the learner carries: <c>RecognitionDecisionCredential</c>, issued by the
/// deciding hub (<see cref="HubIssuer"/>) to the recognised credential's holder, stating what was recognised (each
/// credential with its issuing hub and id), for what, with which outcome, level, credits, conditions, policy and
/// appeal route, in every language the case holds. The officer is never named: the hub decides, through an officer,
/// a commission or its rules. Pure: the caller allocates the status entry and signs (<see cref="DecisionCredentials"/>).
/// Its terms are Exchange's JSON-LD context (<c>exchange-v1.jsonld</c>, docs/credentials.md).
/// </summary>
public static class DecisionCredential
{
    public const string VcContext = "https://www.w3.org/ns/credentials/v2";

    public const string Type = "RecognitionDecisionCredential";

    /// <summary>The credential's id: a URN naming the deciding hub and the decision, stable across re-issues.</summary>
    public static string Id(string hubId, string decisionId) => $"urn:exchange:{hubId}:decision:{decisionId}";

    /// <summary>A credential of the federation, as the issuing hub's exports name it.</summary>
    public static string CredentialUrn(string issuingHubId, string credentialId) => $"urn:exchange:{issuingHubId}:credential:{credentialId}";

    /// <summary>The holder's id: a learner id that is already an IRI (an outside credential's subject: did:…, https:…)
    /// as it is, a hub's learner id as the URN the issuing hub's exports give its subject.</summary>
    public static string? HolderId(string? learnerId, string issuingHubId)
    {
        if (string.IsNullOrWhiteSpace(learnerId))
        {
            return null;
        }

        if (IsIri(learnerId))
        {
            return learnerId;
        }

        return issuingHubId.Length > 0 ? $"urn:exchange:{issuingHubId}:learner:{learnerId}" : null;
    }

    /// <summary>The unsigned credential and its JWT claims (iss, jti, sub, nbf) in one payload, as VC-JOSE secures it.</summary>
    /// <param name="state">The case the decision belongs to (its submission, credentials and verifications).</param>
    /// <param name="decision">The decision, as adopted.</param>
    /// <param name="credentialStatus">The BitstringStatusListEntry of the decision's entry in the "decisions" lists.</param>
    public static JsonObject Build(RecognitionCaseState state, CaseDecision decision, HubIssuer issuer, HubRecognitionPolicy policy, JsonObject credentialStatus)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(credentialStatus);

        var id = Id(issuer.HubId, decision.DecisionId);
        var recognised = RecognisedCredentials(state, decision);
        var holder = Holder(recognised);
        var subject = new JsonObject();
        if (holder is not null)
        {
            subject["id"] = holder;
        }

        subject["recognition"] = Recognition(state, decision, issuer, policy, recognised);

        var payload = new JsonObject
        {
            ["@context"] = new JsonArray(VcContext, issuer.ContextUrl.AbsoluteUri),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", Type),
            ["name"] = "Recognition decision " + decision.DecisionId,
            ["issuer"] = issuer.Profile(),
            ["validFrom"] = Timestamp(decision.DecidedAt),
            ["credentialSubject"] = subject,
            ["credentialStatus"] = credentialStatus.DeepClone(),
            ["iss"] = issuer.Id,
            ["jti"] = id,
            ["nbf"] = decision.DecidedAt.ToUnixTimeSeconds(),
        };
        if (holder is not null)
        {
            payload["sub"] = holder;
        }

        return payload;
    }

    /// <summary>Each credential the decision is about, with the hub that issued it and the holder it names.</summary>
    private static List<(string CredentialId, string IssuingHubId, CaseCredentialSummary? Summary)> RecognisedCredentials(RecognitionCaseState state, CaseDecision decision)
    {
        var found = new List<(string, string, CaseCredentialSummary?)>();
        foreach (var credentialId in decision.CredentialIds)
        {
            var index = state.Credentials.FindIndex(c => string.Equals(c.CredentialId, credentialId, StringComparison.Ordinal));
            var summary = index >= 0 ? state.Credentials[index] : null;
            var issuingHub = index >= 0 && index < state.Verifications.Count ? state.Verifications[index].IssuingHubId : "";
            found.Add((credentialId, issuingHub, summary));
        }

        return found;
    }

    /// <summary>The one holder the credentials name; none when they name none or disagree (then nobody is asserted).</summary>
    private static string? Holder(List<(string CredentialId, string IssuingHubId, CaseCredentialSummary? Summary)> recognised)
    {
        var holders = recognised.Select(r => HolderId(r.Summary?.LearnerId, r.IssuingHubId)).Where(h => h is not null).Distinct(StringComparer.Ordinal).ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    private static JsonObject Recognition(RecognitionCaseState state, CaseDecision decision, HubIssuer issuer, HubRecognitionPolicy policy,
        List<(string CredentialId, string IssuingHubId, CaseCredentialSummary? Summary)> recognised)
    {
        var recognition = new JsonObject
        {
            ["type"] = "RecognitionDecision",
            ["decisionId"] = decision.DecisionId,
            ["caseId"] = state.CaseId,
            ["decidingHub"] = issuer.HubId,
            ["recognisedCredential"] = new JsonArray([.. recognised.Select(r => (JsonNode)Credential(r.CredentialId, r.IssuingHubId, r.Summary))]),
            ["purpose"] = Lower(state.Submission!.Purpose.ToString()),
            ["target"] = Target(state.Submission.Target),
            ["outcome"] = Lower(decision.Outcome.ToString()),
        };
        if (decision.RecognisedLevel is { } level)
        {
            recognition["recognisedLevel"] = Level(level);
        }

        if (decision.Credits.Count > 0)
        {
            recognition["creditsRecognised"] = new JsonArray([.. decision.Credits.Select(c => (JsonNode)Credit(c))]);
        }

        if (decision.Measures.Count > 0)
        {
            recognition["compensatoryMeasure"] = new JsonArray([.. decision.Measures.Select(m => (JsonNode)Measure(m))]);
        }

        AddTexts(recognition, "recognisedScope", decision.RecognisedScope);
        AddTexts(recognition, "notRecognisedScope", decision.NotRecognisedScope);
        recognition["policy"] = new JsonObject
        {
            ["type"] = "RecognitionPolicy",
            ["policyId"] = decision.PolicyId,
            ["policyVersion"] = decision.PolicyVersion,
            ["rulesVersion"] = HubRecognitionPolicy.RulesVersion,
        };
        recognition["decidedAt"] = Timestamp(decision.DecidedAt);
        // The kind only: the officer or commission members decide for the hub, and are not the credential's business.
        recognition["decidedBy"] = Lower(decision.DecidedBy.ToString());
        recognition["appeal"] = Appeal(decision, policy);
        if (decision.SupersedesDecisionId is { Length: > 0 } earlier)
        {
            recognition["supersedes"] = Id(issuer.HubId, earlier);
        }

        return recognition;
    }

    private static JsonObject Credential(string credentialId, string issuingHubId, CaseCredentialSummary? summary)
    {
        var credential = new JsonObject();
        // The id the issuing hub's own exports give the credential, so the two link up; an outside credential (no hub)
        // keeps its own id, which is already an IRI.
        if (issuingHubId.Length > 0)
        {
            credential["id"] = CredentialUrn(issuingHubId, credentialId);
        }
        else if (IsIri(credentialId))
        {
            credential["id"] = credentialId;
        }

        credential["type"] = "RecognisedCredential";
        credential["credentialId"] = credentialId;
        if (issuingHubId.Length > 0)
        {
            credential["issuingHub"] = issuingHubId;
        }

        if (summary is not null)
        {
            if ((summary.IssuerCountry ?? summary.IssuingCountry) is { Length: > 0 } country)
            {
                credential["issuingCountry"] = country;
            }

            AddTexts(credential, "credentialTitle", summary.Title);
            if (summary.AwardingBodyName is { Length: > 0 } body)
            {
                credential["awardingBody"] = body;
            }
        }

        return credential;
    }

    private static JsonObject Target(CaseTarget target)
    {
        var result = new JsonObject { ["type"] = "RecognitionTarget", ["targetKind"] = Lower(target.Kind.ToString()) };
        if (target.Titles.Count > 0)
        {
            AddTexts(result, "targetTitle", target.Titles);
        }
        else if (target.Title.Length > 0)
        {
            // A case accepted before every language was kept: its one title, language not known.
            result["targetTitle"] = new JsonObject { ["@none"] = target.Title };
        }

        return result;
    }

    private static JsonObject Level(CaseLevel level)
    {
        var result = new JsonObject
        {
            ["type"] = "RecognisedLevel",
            ["qualificationFramework"] = Lower(level.Framework.ToString()),
            ["frameworkLevel"] = level.Level,
        };
        if (level.EqfLevel is >= 1 and <= 8)
        {
            // The EQF level as the European Commission's controlled vocabulary names it (ESCO / Europass).
            result["eqfLevel"] = string.Create(CultureInfo.InvariantCulture, $"http://data.europa.eu/snb/eqf/{level.EqfLevel}");
        }

        return result;
    }

    private static JsonObject Credit(CaseCredit credit)
    {
        var result = new JsonObject { ["type"] = "CreditRecognition", ["credentialId"] = credit.CredentialId };
        result["originalAmount"] = credit.OriginalAmount;
        result["originalUnit"] = Lower(credit.OriginalUnit.ToString());
        result["recognisedMinimum"] = credit.ConvertedMin;
        result["recognisedMaximum"] = credit.ConvertedMax;
        result["recognisedUnit"] = Lower(credit.ConvertedUnit.ToString());
        if (credit.Rule.Length > 0)
        {
            result["conversionRule"] = credit.Rule;
        }

        return result;
    }

    private static JsonObject Measure(CaseMeasure measure)
    {
        var result = new JsonObject
        {
            ["type"] = "CompensatoryMeasure",
            ["measureId"] = measure.MeasureId,
            ["measureKind"] = Lower(measure.Kind.ToString()),
        };
        AddTexts(result, "measureDescription", measure.Description);
        if (measure.Ects is { } ects)
        {
            result["measureEcts"] = ects;
        }

        return result;
    }

    private static JsonObject Appeal(CaseDecision decision, HubRecognitionPolicy policy)
    {
        var result = new JsonObject { ["type"] = "AppealRoute", ["appealable"] = decision.Appealable };
        if (!decision.Appealable)
        {
            return result;
        }

        if (decision.AppealDeadline is { } until)
        {
            result["appealDeadline"] = Timestamp(until);
        }

        if ((policy.AppealBodyName.Length > 0 ? policy.AppealBodyName : policy.AppealBodyId) is { Length: > 0 } body)
        {
            result["appealBody"] = body;
        }

        AddTexts(result, "appealInstructions", decision.AppealInstructions);
        return result;
    }

    /// <summary>A JSON-LD language map (<c>{"en": …, "uk": …}</c>): every language the texts have, the first text of
    /// a language kept; a text without a language under <c>@none</c>. Nothing is added when there is no text.</summary>
    private static void AddTexts(JsonObject target, string term, IReadOnlyList<LocalText> texts)
    {
        var map = new JsonObject();
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text.Text))
            {
                continue;
            }

            var language = string.IsNullOrWhiteSpace(text.Language) ? "@none" : text.Language.Trim();
            if (!map.ContainsKey(language))
            {
                map[language] = text.Text;
            }
        }

        if (map.Count > 0)
        {
            target[term] = map;
        }
    }

    /// <summary>An absolute IRI with a scheme of its own (did:…, https:…, urn:…); a Unix path is not one.</summary>
    private static bool IsIri(string value) =>
        !value.StartsWith('/') && value.Contains(':', StringComparison.Ordinal) && Uri.TryCreate(value, UriKind.Absolute, out var iri) && iri.Scheme.Length > 1;

    private static string Timestamp(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>An enum name as a vocabulary value: camelCase ("CreditTransfer" → "creditTransfer").</summary>
    private static string Lower(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
