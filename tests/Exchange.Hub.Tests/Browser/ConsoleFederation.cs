using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Security;
using Exchange.Hub.Signing.KeyRing;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.LocalFederation.Launch;
using Exchange.LocalFederation.Walkthrough;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Browser;

/// <summary>
/// What the browser tests click through: two real hubs with their demo accounts (Hub:Identity:DemoAccounts), UA
/// issuing and KZ deciding under its commission-mode policy, and at KZ two cross-border cases the rules referred —
/// one waiting for an officer, one before a commission of kz-commission-1..3 — plus one chromium. Two processes
/// carry both cases, so the browser tests add little to CI time.
/// </summary>
public sealed class ConsoleFederation : IAsyncLifetime
{
    public const string University = "KZ-KAZNU";

    /// <summary>The officer the forgery case is assigned to, so a post in that officer's name would decide it.</summary>
    public const string ForgeryOfficer = "kz-officer-2";
    public static readonly string[] CommissionMembers = ["kz-commission-1", "kz-commission-2", "kz-commission-3"];

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    public HubProcess Ua { get; private set; } = null!;

    public HubProcess Kz { get; private set; } = null!;

    public Chromium Chromium { get; private set; } = null!;

    public DemoSessions Sessions { get; private set; } = null!;

    /// <summary>Referred by the rules (workload), waiting in hub-kz's queue for an officer.</summary>
    public string ReferredCaseId { get; private set; } = "";

    /// <summary>Referred, then put before a commission of <see cref="CommissionMembers"/> with a partial proposal.</summary>
    public string CommissionCaseId { get; private set; } = "";

    /// <summary>Referred and assigned to <see cref="ForgeryOfficer"/>: what a post without its anti-forgery token aims at.</summary>
    public string ForgeryCaseId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var ua = HubProcessSettings.Fresh("hub-ua", "UA");
        var kz = HubProcessSettings.Fresh("hub-kz", "KZ");
        // The key rings only write each hub's keys before it starts, so each pins the other's; the hubs load the same files.
        using (var uaKeys = new HubKeyRing(ua.HubId, ua.EffectiveKeysFolder))
        using (var kzKeys = new HubKeyRing(kz.HubId, kz.EffectiveKeysFolder))
        {
            (ua, kz) = (WithConsole(ua, kz, kzKeys), WithConsole(kz, ua, uaKeys));
        }

        var starting = Chromium.LaunchAsync();
        var hubs = await Task.WhenAll(HubProcess.StartAsync(ua), HubProcess.StartAsync(kz));
        (Ua, Kz) = (hubs[0], hubs[1]);
        Chromium = await starting;
        Sessions = new DemoSessions(Chromium);

        var cases = await Task.WhenAll(ReferAsync("browser-officer", "kaznu-ds-300", "Data science (full course)"),
            ReferAsync("browser-commission", "kaznu-ml-300", "Machine learning (full course)"),
            ReferAsync("browser-forgery", "kaznu-ai-300", "Applied statistics (full course)"));
        (ReferredCaseId, CommissionCaseId, ForgeryCaseId) = (cases[0], cases[1], cases[2]);
        await InQueueAsync(cases);
        await Task.WhenAll(StartCommissionAsync(CommissionCaseId), AssignAsync(ForgeryCaseId, ForgeryOfficer));
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        foreach (var hub in new[] { Ua, Kz })
        {
            if (hub is not null)
            {
                await hub.DisposeAsync();
            }
        }
    }

    /// <summary>A hub of the pair: seeded, under its country's policy, pinning the other, with its demo accounts.</summary>
    private static HubProcessSettings WithConsole(HubProcessSettings self, HubProcessSettings peer, HubKeyRing peerKeys)
    {
        var federationFile = Path.Combine(self.DataFolder, "federation.json");
        FederationFile.Save(federationFile, [peer.PinEntry(peerKeys)]);
        return self with
        {
            Extra = new Dictionary<string, string>
            {
                ["Hub__DisplayName"] = self.Country == "KZ" ? "Exchange hub of Kazakhstan" : "Exchange hub of Ukraine",
                ["Hub__FederationFile"] = federationFile,
                ["Hub__SeedFolder"] = RepositoryRoot.Combine("seed"),
                ["Hub__PolicyFile"] = RepositoryRoot.Combine("policy", self.Country + ".json"),
                ["Hub__Identity__DemoAccounts"] = "true",
            },
        };
    }

    /// <summary>UA-KNU issues the seed credential at hub-ua, the learner shares it with hub-kz, and KZ-KAZNU asks for a
    /// 30-ECTS course: five times the credential's workload, which the rules refer to an officer.</summary>
    private async Task<string> ReferAsync(string key, string courseId, string title)
    {
        using var issuerChannel = Ua.CreateChannel(Ua.Token(new HubTokenRequest("registrar@knu", HubRoles.Institution, "UA-KNU")));
        var issued = await new IssuingService.IssuingServiceClient(issuerChannel)
            .IssueCredentialAsync(SeedRequests.Credential(RepositoryRoot.Combine("seed"), "UA", key));
        using var learnerChannel = Ua.CreateChannel(Ua.Token(new HubTokenRequest("ua-learner", HubRoles.Learner, LearnerId: "UA-L-000101")));
        var grant = await new IssuingService.IssuingServiceClient(learnerChannel).CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = issued.Credential.CredentialId,
            ExpiresAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(14)),
            RecipientHubId = Kz.Settings.HubId,
        });
        var shared = new SharedCredentialRef { IssuingHubId = Ua.Settings.HubId, CredentialId = issued.Credential.CredentialId, ShareCode = grant.ShareCode };

        using var universityChannel = Kz.CreateChannel(UniversityToken());
        var university = new RecognitionService.RecognitionServiceClient(universityChannel);
        var request = SeedRequests.Course(key, University, courseId, title, "6", "30", shared);
        request.SettleWithin = Duration.FromTimeSpan(TimeSpan.FromSeconds(10));
        var submitted = await university.SubmitRecognitionRequestAsync(request);
        var status = submitted.Status;
        await Eventually.True(async () =>
        {
            status = (await university.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = submitted.CaseId })).Status;
            return status == CaseStatus.InReview;
        }, Settle, $"Case {submitted.CaseId} was not referred (last status {status}).");
        return submitted.CaseId;
    }

    /// <summary>The queue is fed right after a case's change is announced; the specs open it at once.</summary>
    private async Task InQueueAsync(IReadOnlyCollection<string> caseIds)
    {
        using var channel = Kz.CreateChannel(Kz.Token(new HubTokenRequest("kz-officer", HubRoles.Officer)));
        var review = new ReviewService.ReviewServiceClient(channel);
        await Eventually.True(async () =>
            {
                var queued = (await review.ListReviewQueueAsync(new ListReviewQueueRequest())).Items.Select(i => i.CaseId).ToHashSet();
                return caseIds.All(queued.Contains);
            }, Settle, $"Cases {string.Join(", ", caseIds)} never all reached hub-kz's review queue.");
    }

    private async Task StartCommissionAsync(string caseId)
    {
        using var channel = Kz.CreateChannel(Kz.Token(new HubTokenRequest("kz-officer", HubRoles.Officer)));
        var review = new ReviewService.ReviewServiceClient(channel);
        var names = DemoAccounts.Read(RepositoryRoot.Combine("seed"), "KZ").ToDictionary(a => a.Username, a => a.DisplayName);
        await review.StartCommissionAsync(SeedRequests.Commission(caseId, [.. CommissionMembers.Select(m => (m, names[m]))], DateTimeOffset.UtcNow));
    }

    private async Task AssignAsync(string caseId, string officer)
    {
        using var channel = Kz.CreateChannel(Kz.Token(new HubTokenRequest(officer, HubRoles.Officer)));
        await new ReviewService.ReviewServiceClient(channel).AssignReviewCaseAsync(new AssignReviewCaseRequest { CaseId = caseId });
    }

    /// <summary>KZ-KAZNU's admissions office over the API, as the university's own systems call it.</summary>
    public string UniversityToken() => Kz.Token(new HubTokenRequest("kz-admissions", HubRoles.Institution, University));
}
