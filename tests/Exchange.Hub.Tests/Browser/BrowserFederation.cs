using System.Diagnostics;
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
/// What the browser tests click through: three real hubs pinning each other, each seeded, under its country's policy,
/// with its demo accounts and its own web address — UA issuing, KZ deciding under its commission-mode policy, LV the
/// third country a learner may share with — and at KZ three cross-border cases the rules referred: one waiting for an
/// officer, one before a commission of kz-commission-1..3, one assigned to <see cref="ForgeryOfficer"/>; plus one
/// chromium. Helpers issue, share and revoke credentials at hub-ua for the learner pages' specs.
/// </summary>
public sealed class BrowserFederation : IAsyncLifetime
{
    public const string University = "KZ-KAZNU";

    /// <summary>The issuing institution at hub-ua and the learner its seed credential is issued to (demo account ua-learner).</summary>
    public const string Issuer = "UA-KNU";
    public const string Learner = "UA-L-000101";
    public const string LearnerAccount = "ua-learner";

    /// <summary>The officer the forgery case is assigned to, so a post in that officer's name would decide it.</summary>
    public const string ForgeryOfficer = "kz-officer-2";
    public static readonly string[] CommissionMembers = ["kz-commission-1", "kz-commission-2", "kz-commission-3"];

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, string> DisplayNames = new()
    {
        ["UA"] = "Exchange hub of Ukraine",
        ["KZ"] = "Exchange hub of Kazakhstan",
        ["LV"] = "Exchange hub of Latvia",
    };

    public HubProcess Ua { get; private set; } = null!;

    public HubProcess Kz { get; private set; } = null!;

    public HubProcess Lv { get; private set; } = null!;

    public Chromium Chromium { get; private set; } = null!;

    public DemoSessions Sessions { get; private set; } = null!;

    /// <summary>How long the hubs, chromium and the seeded cases took to be ready (the browser tests' fixed cost).</summary>
    public TimeSpan StartedIn { get; private set; }

    /// <summary>Referred by the rules (workload), waiting in hub-kz's queue for an officer.</summary>
    public string ReferredCaseId { get; private set; } = "";

    /// <summary>Referred, then put before a commission of <see cref="CommissionMembers"/> with a partial proposal.</summary>
    public string CommissionCaseId { get; private set; } = "";

    /// <summary>Referred and assigned to <see cref="ForgeryOfficer"/>: what a post without its anti-forgery token aims at.</summary>
    public string ForgeryCaseId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        HubProcessSettings[] hubs = [HubProcessSettings.Fresh("hub-ua", "UA"), HubProcessSettings.Fresh("hub-kz", "KZ"), HubProcessSettings.Fresh("hub-lv", "LV")];
        // The key rings only write each hub's keys before it starts, so each pins the others'; the hubs load the same files.
        var rings = hubs.Select(h => new HubKeyRing(h.HubId, h.EffectiveKeysFolder)).ToArray();
        try
        {
            hubs = [.. hubs.Select(self => Configured(self, [.. hubs.Select((peer, i) => (peer, rings[i])).Where(p => p.peer != self)]))];
        }
        finally
        {
            foreach (var ring in rings)
            {
                ring.Dispose();
            }
        }

        var starting = Chromium.LaunchAsync();
        var started = await Task.WhenAll(hubs.Select(HubProcess.StartAsync));
        (Ua, Kz, Lv) = (started[0], started[1], started[2]);
        Chromium = await starting;
        Sessions = new DemoSessions(Chromium);

        var cases = await Task.WhenAll(ReferAsync("browser-officer", "kaznu-ds-300", "Data science (full course)"),
            ReferAsync("browser-commission", "kaznu-ml-300", "Machine learning (full course)"),
            ReferAsync("browser-forgery", "kaznu-ai-300", "Applied statistics (full course)"));
        (ReferredCaseId, CommissionCaseId, ForgeryCaseId) = (cases[0], cases[1], cases[2]);
        await InQueueAsync(cases);
        await Task.WhenAll(StartCommissionAsync(CommissionCaseId), AssignAsync(ForgeryCaseId, ForgeryOfficer));
        StartedIn = clock.Elapsed;
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        foreach (var hub in new[] { Ua, Kz, Lv })
        {
            if (hub is not null)
            {
                await hub.DisposeAsync();
            }
        }
    }

    /// <summary>UA-KNU issues the seed credential of hub-ua to <see cref="Learner"/>; <paramref name="key"/> is the
    /// idempotency key, so each test that changes a credential asks for one of its own.</summary>
    public async Task<IssuedCredential> IssueAsync(string key)
    {
        using var channel = Ua.CreateChannel(IssuerToken());
        return await new IssuingService.IssuingServiceClient(channel)
            .IssueCredentialAsync(SeedRequests.Credential(RepositoryRoot.Combine("seed"), "UA", key));
    }

    /// <summary>ua-learner shares a credential over the API for 14 days: with anyone holding the code, or only with a hub
    /// and/or an institution there. The answer carries the share code and the share link once.</summary>
    public async Task<ShareGrant> ShareAsync(string credentialId, string recipientHubId = "", string recipientInstitutionId = "")
    {
        using var channel = Ua.CreateChannel(LearnerToken());
        return await new IssuingService.IssuingServiceClient(channel).CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = credentialId,
            ExpiresAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(14)),
            RecipientHubId = recipientHubId,
            RecipientInstitutionId = recipientInstitutionId,
        });
    }

    /// <summary>UA-KNU revokes a credential it issued (issued in error), as its registry would.</summary>
    public async Task<RevocationStatus> RevokeAsync(string credentialId)
    {
        using var channel = Ua.CreateChannel(IssuerToken());
        return await new IssuingService.IssuingServiceClient(channel).RevokeCredentialAsync(new RevokeCredentialRequest
        {
            CredentialId = credentialId,
            ReasonCode = "issued_in_error",
        });
    }

    /// <summary>KZ-KAZNU's admissions office over the API, as the university's own systems call it.</summary>
    public string UniversityToken() => Kz.Token(new HubTokenRequest("kz-admissions", HubRoles.Institution, University));

    private string IssuerToken() => Ua.Token(new HubTokenRequest("registrar@knu", HubRoles.Institution, Issuer));

    private string LearnerToken() => Ua.Token(new HubTokenRequest(LearnerAccount, HubRoles.Learner, LearnerId: Learner));

    /// <summary>A hub of the federation: seeded, under its country's policy, pinning the others, with its demo accounts and
    /// its public web address.</summary>
    private static HubProcessSettings Configured(HubProcessSettings self, IReadOnlyList<(HubProcessSettings Hub, HubKeyRing Keys)> peers)
    {
        var federationFile = Path.Combine(self.DataFolder, "federation.json");
        FederationFile.Save(federationFile, [.. peers.Select(p => p.Hub.PinEntry(p.Keys))]);
        return self with
        {
            Extra = new Dictionary<string, string>
            {
                ["Hub__DisplayName"] = DisplayNames[self.Country],
                ["Hub__FederationFile"] = federationFile,
                ["Hub__SeedFolder"] = RepositoryRoot.Combine("seed"),
                ["Hub__PolicyFile"] = RepositoryRoot.Combine("policy", self.Country + ".json"),
                ["Hub__PublicWebUrl"] = self.WebBase.ToString(),
                ["Hub__Identity__DemoAccounts"] = "true",
            },
        };
    }

    /// <summary>UA-KNU issues the seed credential at hub-ua, the learner shares it with hub-kz, and KZ-KAZNU asks for a
    /// 30-ECTS course: five times the credential's workload, which the rules refer to an officer.</summary>
    private async Task<string> ReferAsync(string key, string courseId, string title)
    {
        var issued = await IssueAsync(key);
        var grant = await ShareAsync(issued.Credential.CredentialId, Kz.Settings.HubId);
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
}
