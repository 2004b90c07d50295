using System.Net;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Identity;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Web;

/// <summary>
/// The precedents and the centre's record views on a real hub with its demo accounts: an officer decides a case on a
/// Ukrainian institution's programme, and the next case on the same programme shows that decision beside it, in the
/// console and over the API; the decision is listed among the recent ones, and nothing is overdue.
/// </summary>
public sealed class RecordPagesSpecs(RecordPagesSpecs.Hub fixture) : IClassFixture<RecordPagesSpecs.Hub>
{
    private const string Issuer = "UA-PRECEDENT-ISSUER";
    private const string University = "UA-PRECEDENT-UNIVERSITY";
    private const string LearnerId = "L-PRECEDENT-1";

    [Fact]
    public async Task An_officer_sees_the_earlier_decision_on_the_same_programme_beside_the_next_case()
    {
        var (first, second) = await fixture.CasesAsync();
        using var browser = new WebSession(fixture.Process);

        var page = await SignInAsync(browser, $"/console/cases/{second}", "ua-officer");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var precedents = page.TextOf("precedents-heading");
        Assert.Equal("Precedents", precedents);
        Assert.Contains($"href=\"/console/cases/{first}\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("Partial recognition", page.Html, StringComparison.Ordinal);
        Assert.Contains("Only 6 of the 30 ECTS", page.Html, StringComparison.Ordinal);
        // Who decided, by the name the hub's accounts give the officer.
        Assert.Contains("Officer Андрій Шевченко", Section(page.Html), StringComparison.Ordinal);
        // Every placeholder is filled in: the caption names the programme.
        Assert.DoesNotContain("{", Section(page.Html), StringComparison.Ordinal);
        Assert.Contains("<caption>Same programme: ", Section(page.Html), StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/console/cases/{second}\"", Section(page.Html), StringComparison.Ordinal);

        var detail = await fixture.Officer().GetReviewCaseAsync(new GetReviewCaseRequest { CaseId = second });
        var precedent = Assert.Single(detail.Precedents);
        Assert.Equal((first, true, RecognitionOutcome.Partial, DeciderKind.Officer), (precedent.CaseId, precedent.SameProgramme, precedent.Outcome, precedent.DecidedBy));
    }

    [Fact]
    public async Task The_centre_reads_recent_decisions_and_overdue_cases_in_its_own_language()
    {
        var (first, _) = await fixture.CasesAsync();
        using var browser = new WebSession(fixture.Process);

        var decided = await SignInAsync(browser, "/console/decided", "ua-admin");
        Assert.Equal(HttpStatusCode.OK, decided.Status);
        Assert.Contains($"href=\"/console/cases/{first}\"", decided.Html, StringComparison.Ordinal);
        Assert.Contains("Decisions: 1. Page 1 of 1.", decided.Html, StringComparison.Ordinal);
        Assert.Contains("Officer Андрій Шевченко", decided.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("{0}", decided.Html, StringComparison.Ordinal);

        var overdue = await browser.GetAsync("/console/overdue");
        Assert.Equal(HttpStatusCode.OK, overdue.Status);
        Assert.Contains("No case is past its decision deadline.", overdue.Html, StringComparison.Ordinal);

        // The layout's language switch brings the page back in Ukrainian.
        var ukrainian = await browser.SubmitAsync(overdue, new Dictionary<string, string> { ["culture"] = "uk" }, FormIndex(overdue, f => f.Action == "/language"));
        Assert.Equal("/console/overdue", ukrainian.Address.AbsolutePath);
        Assert.Contains("Прострочені справи", ukrainian.Html, StringComparison.Ordinal);
        Assert.Contains("Немає справ із простроченим строком рішення.", ukrainian.Html, StringComparison.Ordinal);
        var decidedInUkrainian = (await browser.GetAsync("/console/decided")).Html;
        Assert.Contains("Рішень: 1. Сторінка 1 з 1.", decidedInUkrainian, StringComparison.Ordinal);
        Assert.Contains("Фахівець Андрій Шевченко", decidedInUkrainian, StringComparison.Ordinal);
    }

    /// <summary>Signs in with the demo account's password through the login form, which follows the layout's own forms
    /// (language switch) on the page.</summary>
    private static async Task<WebPage> SignInAsync(WebSession browser, string path, string username)
    {
        var login = await browser.GetAsync(path);
        Assert.Equal("/account/login", login.Address.AbsolutePath, ignoreCase: true);
        var form = FormIndex(login, f => f.Action is not ("/language" or "/account/signout"));
        return await browser.FollowFormPostAsync(await browser.SubmitAsync(login,
            new Dictionary<string, string> { ["Username"] = username, ["Password"] = username + "-Demo2026" }, form));
    }

    private static int FormIndex(WebPage page, Func<WebForm, bool> which)
    {
        var index = page.Forms().ToList().FindIndex(f => which(f));
        Assert.True(index >= 0, page.Html);
        return index;
    }

    private static string Section(string html)
    {
        var start = html.IndexOf("aria-labelledby=\"precedents-heading\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    /// <summary>One hub with its demo accounts, and two cases on one Ukrainian issuer's programme: the first decided
    /// by an officer (partial), the second referred and waiting. Made once, by the first spec that asks.</summary>
    public sealed class Hub : IAsyncLifetime
    {
        private readonly Lazy<Task<(string First, string Second)>> _cases;

        public Hub() => _cases = new(MakeCasesAsync);

        public HubProcess Process { get; private set; } = null!;

        public async Task InitializeAsync() => Process = await HubProcess.StartAsync(SignInHubFixture.Settings("hub-ua", "UA"));

        public async Task DisposeAsync() => await Process.DisposeAsync();

        public ReviewService.ReviewServiceClient Officer() =>
            new(Process.CreateChannel(Process.Token(new HubTokenRequest("ua-officer", HubRoles.Officer))));

        public Task<(string First, string Second)> CasesAsync() => _cases.Value;

        private async Task<(string First, string Second)> MakeCasesAsync()
        {
            var admin = new RegistryService.RegistryServiceClient(Process.CreateChannel(Process.Token(new HubTokenRequest("admin-1", HubRoles.Admin))));
            await admin.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = Samples.Institution(Issuer) });
            await admin.AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = Issuer, Key = new PublicKey { KeyId = Issuer + "#1" }, GenerateCustodialKey = true, Activate = true });

            var first = await ReferredAsync("precedent-1");
            var officer = Officer();
            await Eventually.True(async () => (await officer.ListReviewQueueAsync(new ListReviewQueueRequest())).Items.Any(i => i.CaseId == first),
                TimeSpan.FromSeconds(10), $"Case {first} never reached the review queue.");
            var assigned = await officer.AssignReviewCaseAsync(new AssignReviewCaseRequest { CaseId = first });
            await officer.DecideReviewCaseAsync(new DecideReviewCaseRequest
            {
                CaseId = first,
                ExpectedVersion = assigned.Version,
                Decision = new OfficerDecision
                {
                    Outcome = RecognitionOutcome.Partial,
                    Justification = Text("Only 6 of the 30 ECTS the module requires are covered."),
                    AppealInstructions = Text("Appeal within 30 days to the national centre's appeals board."),
                },
            });

            var second = await ReferredAsync("precedent-2");
            return (first, second);
        }

        private async Task<string> ReferredAsync(string key)
        {
            var issuer = new IssuingService.IssuingServiceClient(Process.CreateChannel(Process.Token(new HubTokenRequest("registrar", HubRoles.Institution, Issuer))));
            var issued = await issuer.IssueCredentialAsync(Samples.IssueRequest(Issuer, LearnerId, key));
            var learner = new IssuingService.IssuingServiceClient(Process.CreateChannel(Process.Token(new HubTokenRequest("learner", HubRoles.Learner, LearnerId: LearnerId))));
            var grant = await learner.CreateShareGrantAsync(new CreateShareGrantRequest
            {
                CredentialId = issued.Credential.CredentialId,
                ExpiresAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(7)),
            });
            var university = new RecognitionService.RecognitionServiceClient(
                Process.CreateChannel(Process.Token(new HubTokenRequest("admissions", HubRoles.Institution, University))));
            var submitted = await university.SubmitRecognitionRequestAsync(new SubmitRecognitionRequestRequest
            {
                Request = new RecognitionRequest
                {
                    IdempotencyKey = key,
                    RequesterInstitutionId = University,
                    Purpose = RecognitionPurpose.CreditTransfer,
                    Target = new RecognitionTarget
                    {
                        Kind = TargetKind.Course,
                        Title = Text("Data analysis"),
                        HostInstitutionId = University,
                        Requirements = new TargetRequirements
                        {
                            Level = new Level { Framework = QualificationFramework.Eqf, LevelCode = "6" },
                            Workload = new Workload { Amount = "30", Unit = WorkloadUnit.EctsCredit },
                        },
                    },
                    Credentials =
                    {
                        new CredentialSource { Reference = new SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = issued.Credential.CredentialId, ShareCode = grant.ShareCode } },
                    },
                },
            });
            await Eventually.True(async () => (await university.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = submitted.CaseId })).Status == CaseStatus.InReview,
                TimeSpan.FromSeconds(30), $"Case {submitted.CaseId} was never referred.");
            return submitted.CaseId;
        }

        private static MultilingualText Text(string english) => new() { Values = { new LocalizedText { Language = "en", Text = english } } };
    }
}
