using Exchange.Contracts.V1;
using System.Net;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Identity;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Exchange.Hub.Tests.EndToEnd;

/// <summary>One real hub whose automatic recognition lists the specs change through the administrators' API.</summary>
public sealed class AutomaticListHubFixture : IAsyncLifetime
{
    private HubProcess? _hub;

    public HubProcess Hub => _hub ?? throw new InvalidOperationException("The hub has not started.");

    // Seed and demo accounts: the page spec signs in as the seed's officer and admissions office.
    public async Task InitializeAsync() => _hub = await HubProcess.StartAsync(SignInHubFixture.Settings("hub-ua", "UA"));

    public async Task DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }

    public ReferenceDataService.ReferenceDataServiceClient ReferenceData(string role, string? institution = null) =>
        new(Hub.CreateChannel(Hub.Token(new HubTokenRequest(role + "-1", role, institution))));
}

/// <summary>
/// Automatic recognition lists as data through the API: administrators put and withdraw them, every signed-in caller
/// reads them, and a case assessed after a change relies on the list as it then is and says which version it relied on.
/// </summary>
public sealed class AutomaticListApiSpecs(AutomaticListHubFixture fixture) : IClassFixture<AutomaticListHubFixture>
{
    private const string University = "UA-KNU";

    [Fact]
    public async Task An_administrator_puts_replaces_and_withdraws_a_list_and_every_version_is_counted()
    {
        var admin = fixture.ReferenceData(HubRoles.Admin);

        var first = await admin.PutAutomaticRecognitionListAsync(new PutAutomaticRecognitionListRequest { List = List("ua-spec-list", "UA-A", "UA-B") });
        var repeated = await admin.PutAutomaticRecognitionListAsync(new PutAutomaticRecognitionListRequest { List = List("ua-spec-list", "UA-A", "UA-B") });
        var replaced = await admin.PutAutomaticRecognitionListAsync(new PutAutomaticRecognitionListRequest { List = List("ua-spec-list", "UA-A") });
        var withdrawn = List("ua-spec-list", "UA-A");
        withdrawn.Active = false;
        var afterWithdrawal = await admin.PutAutomaticRecognitionListAsync(new PutAutomaticRecognitionListRequest { List = withdrawn });

        Assert.Equal((1L, 1L, 2L, 3L), (first.Version, repeated.Version, replaced.Version, afterWithdrawal.Version));
        Assert.Equal(["UA-A"], replaced.ProviderIds);
        var reader = fixture.ReferenceData(HubRoles.Institution, University);
        var inForce = await reader.ListAutomaticRecognitionListsAsync(new ListAutomaticRecognitionListsRequest());
        var all = await reader.ListAutomaticRecognitionListsAsync(new ListAutomaticRecognitionListsRequest { IncludeInactive = true });
        Assert.DoesNotContain(inForce.Lists, l => l.ListId == "ua-spec-list");
        var kept = Assert.Single(all.Lists, l => l.ListId == "ua-spec-list");
        Assert.Equal((false, 3L, "Order No. 2 of 2026"), (kept.Active, kept.Version, kept.LegalBasis));
    }

    [Fact]
    public async Task Only_administrators_write_lists_and_a_bad_list_gets_every_field_violation()
    {
        var asUniversity = await Assert.ThrowsAsync<RpcException>(() =>
            fixture.ReferenceData(HubRoles.Institution, University).PutAutomaticRecognitionListAsync(new PutAutomaticRecognitionListRequest { List = List("ua-other", "UA-A") }).ResponseAsync);
        var anonymous = await Assert.ThrowsAsync<RpcException>(() =>
            new ReferenceDataService.ReferenceDataServiceClient(fixture.Hub.CreateChannel()).ListAutomaticRecognitionListsAsync(new ListAutomaticRecognitionListsRequest()).ResponseAsync);
        var bad = List("Bad Id!", "UA-A", "", "UA-A");
        bad.Name = new MultilingualText();
        bad.LegalBasis = " ";
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            fixture.ReferenceData(HubRoles.Admin).PutAutomaticRecognitionListAsync(new PutAutomaticRecognitionListRequest { List = bad }).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, asUniversity.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(["list.list_id", "list.name", "list.legal_basis", "list.provider_ids[1]", "list.provider_ids[2]"], Violations(refused));
    }

    [Fact]
    public async Task A_listed_provider_is_recognised_automatically_under_the_list_and_after_withdrawal_is_compared_again()
    {
        var admin = fixture.ReferenceData(HubRoles.Admin);
        var issuer = await IssuerAsync("UA-AUTOLIST-ISSUER");
        await admin.PutAutomaticRecognitionListAsync(new PutAutomaticRecognitionListRequest { List = List("ua-leading-providers", "UA-OTHER") });
        var listed = await admin.PutAutomaticRecognitionListAsync(new PutAutomaticRecognitionListRequest { List = List("ua-leading-providers", "UA-OTHER", issuer) });

        var decided = await SubmitAndSettleAsync("autolist-1", await IssueAndShareAsync(issuer, "autolist-1"));

        Assert.Equal(CaseStatus.Decided, decided.Status);
        Assert.Equal(RecognitionOutcome.Full, decided.Decision.Outcome);
        var basis = decided.Decision.AutomaticRecognition;
        Assert.Equal(("ua-leading-providers", 2L, issuer, "Order No. 2 of 2026"), (basis.ListId, basis.ListVersion, basis.ProviderId, basis.LegalBasis));
        Assert.Equal(listed.Version, basis.ListVersion);
        Assert.Equal("Leading providers", basis.ListName.Values[0].Text);
        Assert.Contains(decided.Journal, e => e.Event == "decided" && e.Reason.EnglishText.Contains("under list ua-leading-providers (version 2", StringComparison.Ordinal));

        var withdrawn = List("ua-leading-providers", "UA-OTHER", issuer);
        withdrawn.Active = false;
        await admin.PutAutomaticRecognitionListAsync(new PutAutomaticRecognitionListRequest { List = withdrawn });
        var compared = await SubmitAndSettleAsync("autolist-2", await IssueAndShareAsync(issuer, "autolist-2"));

        Assert.Equal(CaseStatus.InReview, compared.Status);
        Assert.Contains(RecognitionCriterion.LearningOutcomes, compared.FlaggedCriteria);
        Assert.Null(compared.Decision);
    }

    [Fact]
    public async Task The_university_sees_the_list_a_decision_relied_on_and_the_officer_the_list_a_referred_case_relied_on()
    {
        var issuer = await IssuerAsync("UA-AUTOLIST-PAGES");
        var list = List("ua-pages-list", issuer);
        list.LegalBasis = "Order No. 7 of 2026";
        await fixture.ReferenceData(HubRoles.Admin).PutAutomaticRecognitionListAsync(new PutAutomaticRecognitionListRequest { List = list });
        var decided = await SubmitAndSettleAsync("autolist-pages", await IssueAndShareAsync(issuer, "autolist-pages"));
        // Listed, but an EQF 7 credential for an EQF 8 course: referred on level, outcomes still rest on the list.
        var referred = await SubmitAndSettleAsync("autolist-pages-level", await IssueAndShareAsync(issuer, "autolist-pages-level"), eqfRequired: "8");
        Assert.Equal((CaseStatus.Decided, CaseStatus.InReview), (decided.Status, referred.Status));
        Assert.Equal([RecognitionCriterion.Level], referred.FlaggedCriteria);

        using var admissions = new WebSession(fixture.Hub);
        var university = await SignInAsync(admissions, $"/university/cases/{decided.CaseId}", "ua-admissions", "ua-admissions-Demo2026");
        using var officer = new WebSession(fixture.Hub);
        var console = await SignInAsync(officer, $"/console/cases/{referred.CaseId}", "ua-officer", "ua-officer-Demo2026");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (university.Status, console.Status));
        Assert.Equal("Recognised automatically under list Leading providers (ua-pages-list, version 1; legal basis: Order No. 7 of 2026)", university.TextOf("automatic-list"));
        Assert.Equal("Quality and learning outcomes recognised automatically under list Leading providers (ua-pages-list, version 1; legal basis: Order No. 7 of 2026)",
            console.TextOf("automatic-list"));
        // The outcomes criterion says it was not compared, and under which list.
        Assert.Contains($"{issuer} is on list ua-pages-list, version 1", console.Html, StringComparison.Ordinal);
        Assert.Contains("(relied on: list ua-pages-list, version 1, provider " + issuer + ")", console.Html, StringComparison.Ordinal);
    }

    private static async Task<WebPage> SignInAsync(WebSession session, string path, string username, string password)
    {
        var login = await session.GetAsync(path);
        var form = login.Forms().Select((f, i) => (f, i)).First(x => x.f.Fields.ContainsKey("ReturnUrl")).i;
        var signedIn = await session.SubmitAsync(login, new Dictionary<string, string> { ["Username"] = username, ["Password"] = password }, form);
        return await session.FollowFormPostAsync(signedIn);
    }

    private static AutomaticRecognitionList List(string id, params string[] providers) => new()
    {
        ListId = id,
        Name = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "Leading providers" } } },
        LegalBasis = "Order No. 2 of 2026",
        ProviderIds = { providers },
        Active = true,
    };

    private async Task<string> IssuerAsync(string id)
    {
        var registry = new RegistryService.RegistryServiceClient(fixture.Hub.CreateChannel(fixture.Hub.Token(new HubTokenRequest("admin-1", HubRoles.Admin))));
        await registry.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = Samples.Institution(id) });
        await registry.AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = id, Key = new PublicKey { KeyId = id + "#1" }, GenerateCustodialKey = true, Activate = true });
        return id;
    }

    private async Task<SharedCredentialRef> IssueAndShareAsync(string issuerId, string key)
    {
        var learnerId = "L-" + key;
        var issuer = new IssuingService.IssuingServiceClient(fixture.Hub.CreateChannel(fixture.Hub.Token(new HubTokenRequest("registrar", HubRoles.Institution, issuerId))));
        var issued = await issuer.IssueCredentialAsync(Samples.IssueRequest(issuerId, learnerId, key));
        var learner = new IssuingService.IssuingServiceClient(fixture.Hub.CreateChannel(fixture.Hub.Token(new HubTokenRequest("learner", HubRoles.Learner, LearnerId: learnerId))));
        var grant = await learner.CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = issued.Credential.CredentialId,
            ExpiresAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(7)),
        });
        return new SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = issued.Credential.CredentialId, ShareCode = grant.ShareCode };
    }

    /// <summary>A course whose one outcome the credential does not cover: compared, it goes to an officer.</summary>
    private async Task<RecognitionCase> SubmitAndSettleAsync(string key, SharedCredentialRef reference, string eqfRequired = "6")
    {
        var university = new RecognitionService.RecognitionServiceClient(
            fixture.Hub.CreateChannel(fixture.Hub.Token(new HubTokenRequest("admissions", HubRoles.Institution, University))));
        var submitted = await university.SubmitRecognitionRequestAsync(new SubmitRecognitionRequestRequest
        {
            SettleWithin = Duration.FromTimeSpan(TimeSpan.FromSeconds(5)),
            Request = new RecognitionRequest
            {
                IdempotencyKey = key,
                RequesterInstitutionId = University,
                Purpose = RecognitionPurpose.CreditTransfer,
                Target = new RecognitionTarget
                {
                    Kind = TargetKind.Course,
                    Title = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "Welding technology" } } },
                    HostInstitutionId = University,
                    Requirements = new TargetRequirements
                    {
                        Level = new Level { Framework = QualificationFramework.Eqf, LevelCode = eqfRequired },
                        Workload = new Workload { Amount = "5", Unit = WorkloadUnit.EctsCredit },
                        LearningOutcomes =
                        {
                            new LearningOutcome { OutcomeId = "W1", Text = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "Weld steel pipes with shielded metal arc welding to pressure-vessel standards." } } } },
                        },
                    },
                },
                Credentials = { new CredentialSource { Reference = reference } },
            },
        });

        var settled = submitted;
        await Eventually.True(async () =>
        {
            settled = await university.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = submitted.CaseId });
            return settled.Status is CaseStatus.Decided or CaseStatus.InReview or CaseStatus.CredentialInvalid or CaseStatus.IncompleteFile;
        }, TimeSpan.FromSeconds(20), $"Case {submitted.CaseId} did not settle.");
        return settled;
    }

    private static string[] Violations(RpcException refused) => Recognition.RecognitionApiSpecs.Violations(refused);
}
