using System.Net;
using System.Text.RegularExpressions;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Identity;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Exchange.Hub.Web.Console;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Web;

/// <summary>A real hub with its demo accounts and commission mode on (a copy of the Ukrainian policy): the decision
/// form, the commission's composition, votes from three sign-ins (and a forged one) and the sealed protocol, each
/// through the pages as a browser without script drives them.</summary>
public sealed class ConsoleDecisionHubFixture : IAsyncLifetime
{
    private HubProcess? _hub;

    public HubProcess Hub => _hub ?? throw new InvalidOperationException("The hub has not started.");

    public async Task InitializeAsync()
    {
        var policy = Path.Combine(Path.GetTempPath(), "exchange-tests", $"ua-commission-policy-{Guid.NewGuid():N}.json");
        Directory.CreateDirectory(Path.GetDirectoryName(policy)!);
        await File.WriteAllTextAsync(policy, (await File.ReadAllTextAsync(RepositoryRoot.Combine("policy", "UA.json")))
            .Replace("\"commissionMode\": false", "\"commissionMode\": true", StringComparison.Ordinal));
        _hub = await HubProcess.StartAsync(SignInHubFixture.Settings("hub-ua", "UA", new Dictionary<string, string> { ["Hub__PolicyFile"] = policy }));
    }

    public async Task DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }

    /// <summary>A case the rules refer to an officer: a 6-ECTS micro-credential for a 30-ECTS course; a test may change
    /// the issued credential and the target before they are sent.</summary>
    public async Task<string> ReferredCaseAsync(string key, Action<Credential>? credential = null, Action<RecognitionTarget>? target = null)
    {
        var admin = new RegistryService.RegistryServiceClient(Hub.CreateChannel(Hub.Token(new HubTokenRequest("admin-1", HubRoles.Admin))));
        var issuerId = ("UA-WEB-" + key).ToUpperInvariant();
        await admin.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = Samples.Institution(issuerId) });
        await admin.AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = issuerId, Key = new PublicKey { KeyId = issuerId + "#1" }, GenerateCustodialKey = true, Activate = true });
        var issuer = new IssuingService.IssuingServiceClient(Hub.CreateChannel(Hub.Token(new HubTokenRequest("registrar", HubRoles.Institution, issuerId))));
        var issue = Samples.IssueRequest(issuerId, "L-WEB-" + key, key);
        credential?.Invoke(issue.Credential);
        var issued = await issuer.IssueCredentialAsync(issue);
        var learner = new IssuingService.IssuingServiceClient(Hub.CreateChannel(Hub.Token(new HubTokenRequest("learner", HubRoles.Learner, LearnerId: "L-WEB-" + key))));
        var grant = await learner.CreateShareGrantAsync(new CreateShareGrantRequest { CredentialId = issued.Credential.CredentialId, ExpiresAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(7)) });

        var request = new SubmitRecognitionRequestRequest
        {
            Request = new RecognitionRequest
            {
                IdempotencyKey = key,
                RequesterInstitutionId = "UA-KNU",
                Purpose = RecognitionPurpose.CreditTransfer,
                Target = new RecognitionTarget
                {
                    Kind = TargetKind.Course,
                    Title = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "Data analysis" } } },
                    HostInstitutionId = "UA-KNU",
                    Requirements = new TargetRequirements
                    {
                        Level = new Level { Framework = QualificationFramework.Eqf, LevelCode = "6" },
                        Workload = new Workload { Amount = "30", Unit = WorkloadUnit.EctsCredit },
                    },
                },
                Credentials = { new CredentialSource { Reference = new SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = issued.Credential.CredentialId, ShareCode = grant.ShareCode } } },
            },
        };
        target?.Invoke(request.Request.Target);
        var submitted = await University().SubmitRecognitionRequestAsync(request);
        await Eventually.True(async () => (await CaseAsync(submitted.CaseId)).Status == CaseStatus.InReview, TimeSpan.FromSeconds(30),
            $"Case {submitted.CaseId} was not referred to an officer.");
        return submitted.CaseId;
    }

    public async Task<RecognitionCase> CaseAsync(string caseId) =>
        await University().GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = caseId });

    private RecognitionService.RecognitionServiceClient University() =>
        new(Hub.CreateChannel(Hub.Token(new HubTokenRequest("admissions", HubRoles.Institution, "UA-KNU"))));
}

public sealed partial class ConsoleDecisionPagesSpecs(ConsoleDecisionHubFixture fixture) : IClassFixture<ConsoleDecisionHubFixture>
{
    private static int FormWith(WebPage page, string field)
    {
        var forms = page.Forms();
        for (var i = 0; i < forms.Count; i++)
        {
            if (forms[i].Fields.ContainsKey(field))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{page.Address} ({page.Status}) has no form with {field}:\n{page.Html}");
    }

    /// <summary>The decision form's fields: every measure row emptied, then the given texts (textareas are not read
    /// from the page, so only those given are posted).</summary>
    private static Dictionary<string, string> Decision(WebPage page, string outcome, string justification, string recognised = "", string measure = "")
    {
        var fields = page.Forms()[FormWith(page, "ExpectedVersion")].Fields.Keys
            .Where(k => MeasureText().IsMatch(k)).ToDictionary(k => k, _ => "", StringComparer.Ordinal);
        foreach (var (key, value) in Given(outcome, justification, recognised, measure))
        {
            fields[key] = value;
        }

        return fields;
    }

    private static Dictionary<string, string> Given(string outcome, string justification, string recognised, string measure) => new()
    {
        ["Form.Outcome"] = outcome,
        ["Form.Language"] = "en",
        ["Form.Justification"] = justification,
        ["Form.RecognisedScope"] = recognised,
        ["Form.AppealInstructions"] = "Appeal in writing within 30 days.",
        ["Form.Measures[0].Kind"] = "Course",
        ["Form.Measures[0].Description"] = measure,
        ["Form.Measures[0].Ects"] = measure.Length > 0 ? "24" : "",
    };

    [Fact]
    public async Task An_officer_takes_the_case_is_told_what_a_partial_recognition_lacks_and_decides_it_for_the_university_to_see()
    {
        var caseId = await fixture.ReferredCaseAsync("web-decide-" + Guid.NewGuid().ToString("N")[..8]);
        using var officer = new WebSession(fixture.Hub);
        var casePage = await SignInAsync(officer, $"/console/cases/{caseId}", "ua-officer", "ua-officer-Demo2026");
        Assert.Equal(HttpStatusCode.OK, casePage.Status);

        var taken = await officer.SubmitAsync(casePage, new Dictionary<string, string>(), TakeForm(casePage));
        Assert.Contains("done=taken", taken.Address.Query, StringComparison.Ordinal);

        var lacking = await officer.SubmitAsync(taken, Decision(taken, "partial", "6 of the 30 ECTS are covered."), FormWith(taken, "ExpectedVersion"));
        Assert.Equal("A partial recognition must name the compensatory measures that would close the difference.",
            lacking.TextOf(FieldMessages.IdFor("decision.compensatory_measures")));
        Assert.Equal("A partial recognition must say which part is recognised.", lacking.TextOf(FieldMessages.IdFor("decision.recognised_scope")));
        Assert.Contains("6 of the 30 ECTS are covered.", lacking.Html, StringComparison.Ordinal);
        Assert.Contains($"aria-describedby=\"decision-recognised-scope-hint {FieldMessages.IdFor("decision.recognised_scope")}\"", lacking.Html, StringComparison.Ordinal);

        var decided = await officer.SubmitAsync(lacking,
            Decision(lacking, "partial", "6 of the 30 ECTS are covered.", "6 ECTS of Data analysis.", "The module's remaining units"), FormWith(lacking, "ExpectedVersion"));
        Assert.Contains("done=decided", decided.Address.Query, StringComparison.Ordinal);
        Assert.Contains("6 ECTS of Data analysis.", decided.Html, StringComparison.Ordinal);

        var seen = await fixture.CaseAsync(caseId);
        Assert.Equal((CaseStatus.Decided, RecognitionOutcome.Partial), (seen.Status, seen.Decision.Outcome));
        Assert.Equal("The module's remaining units", Assert.Single(seen.Decision.CompensatoryMeasures).Description.Values[0].Text);
    }

    [Fact]
    public async Task A_commission_of_three_votes_from_three_sign_ins_a_forged_vote_is_refused_and_the_protocol_verifies()
    {
        var caseId = await fixture.ReferredCaseAsync("web-commission-" + Guid.NewGuid().ToString("N")[..8]);
        using var officer = new WebSession(fixture.Hub);
        var compose = await SignInAsync(officer, $"/console/cases/{caseId}/commission/new", "ua-officer", "ua-officer-Demo2026");
        var form = compose.Forms()[FormWith(compose, "Form.Location")];
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Form.Location"] = "Kyiv, room 12",
            ["Form.Proposal.Outcome"] = "denied",
            ["Form.Proposal.Language"] = "en",
            ["Form.Proposal.Justification"] = "The workload differs substantially.",
            ["Form.Proposal.Remedies"] = "Complete the remaining 24 ECTS.",
            ["Form.Proposal.AppealInstructions"] = "Appeal in writing within 30 days.",
        };
        string[] members = ["ua-commission-1", "ua-commission-2", "ua-commission-3"];
        foreach (var (name, subject) in form.Fields.Where(f => SubjectField().IsMatch(f.Key)))
        {
            var row = name[..^".Subject".Length];
            fields[row + ".Selected"] = members.Contains(subject) ? "true" : "false";
            fields[row + ".Voting"] = members.Contains(subject) ? "true" : "false";
            fields[row + ".Role"] = subject == "ua-commission-1" ? "Chair" : "Member";
        }

        var started = await officer.SubmitAsync(compose, fields, FormWith(compose, "Form.Location"));
        Assert.Contains("done=started", started.Address.Query, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.InCommission, (await fixture.CaseAsync(caseId)).Status);

        using var second = new WebSession(fixture.Hub);
        var ballot = await SignInAsync(second, $"/console/cases/{caseId}/vote", "ua-commission-2", "ua-commission-2-Demo2026");
        var forged = await second.SubmitAsync(ballot, new Dictionary<string, string> { ["Choice"] = "full", ["Voter"] = "ua-commission-1" }, FormWith(ballot, "Voter"));
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.Contains("Only a commission member votes, and only in their own name.", forged.Html, StringComparison.Ordinal);

        // An officer without the commission claim is turned away before the page (policy console.vote).
        var notMember = await officer.GetAsync($"/console/cases/{caseId}/vote");
        Assert.DoesNotContain(notMember.Forms(), f => f.Fields.ContainsKey("Voter"));

        // The first two disagree, so the third vote decides: each of the three votes from their own sign-in.
        await VoteAsync(second, ballot, "partial");
        foreach (var member in new[] { "ua-commission-1", "ua-commission-3" })
        {
            using var session = new WebSession(fixture.Hub);
            var page = await SignInAsync(session, $"/console/cases/{caseId}/vote", member, member + "-Demo2026");
            await VoteAsync(session, page, "denied");
        }

        var decided = await fixture.CaseAsync(caseId);
        Assert.Equal((CaseStatus.Decided, RecognitionOutcome.Denied), (decided.Status, decided.Decision.Outcome));
        var protocol = await officer.GetAsync($"/console/cases/{caseId}/protocol");
        Assert.Equal(HttpStatusCode.OK, protocol.Status);
        Assert.StartsWith("✓", protocol.TextOf("seal-title"), StringComparison.Ordinal);
        Assert.Contains("Kyiv, room 12", protocol.Html, StringComparison.Ordinal);
    }

    /// <summary>Signs in through the login form (the page's form with ReturnUrl; the layout's language switch comes
    /// first on every page) and lands on <paramref name="path"/>.</summary>
    private static async Task<WebPage> SignInAsync(WebSession session, string path, string username, string password)
    {
        var login = await session.GetAsync(path);
        var signedIn = await session.SubmitAsync(login, new Dictionary<string, string> { ["Username"] = username, ["Password"] = password }, FormWith(login, "ReturnUrl"));
        return await session.FollowFormPostAsync(signedIn);
    }

    private static async Task VoteAsync(WebSession session, WebPage ballot, string choice)
    {
        var voted = await session.SubmitAsync(ballot, new Dictionary<string, string> { ["Choice"] = choice, ["Reasons"] = "Substantial difference." }, FormWith(ballot, "Voter"));
        Assert.True(voted.Address.Query.Contains("done=voted", StringComparison.Ordinal), $"{voted.Status} {voted.Address}\n{voted.Html}");
    }

    /// <summary>The case page's take form: the one that posts to the decide page's Take handler.</summary>
    private static int TakeForm(WebPage page)
    {
        var forms = page.Forms();
        for (var i = 0; i < forms.Count; i++)
        {
            if (forms[i].Action?.Contains("handler=Take", StringComparison.Ordinal) == true)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The case page offers no take form:\n{page.Html}");
    }

    [GeneratedRegex(@"^Form\.Measures\[\d+\]\.(Description|Ects)$")]
    private static partial Regex MeasureText();

    [GeneratedRegex(@"^Form\.Members\[\d+\]\.Subject$")]
    private static partial Regex SubjectField();
}
