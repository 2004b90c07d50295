using System.Text.Json.Nodes;
using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Security;
using Exchange.Hub.Signing.KeyRing;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Web.LearnerRecords;

/// <summary>
/// Two real hubs that pin each other, with their seeds and demo accounts (UA also with a second learner,
/// <c>ua-learner-2</c>, from a copy of the seed): ua-learner's credential shared with KZ, where KZ-KAZNU asked for a
/// 5-ECTS course the rules recognise in full and a 30-ECTS one they refer to an officer. Made once, by the first spec
/// that asks.
/// </summary>
public sealed class LearnerRecordsHubs : IAsyncLifetime
{
    public const string Learner = "UA-L-000101";
    public const string OtherLearner = "UA-L-000102";

    private readonly Lazy<Task<Cases>> _cases;
    private string _seed = "";

    public LearnerRecordsHubs() => _cases = new(MakeCasesAsync);

    public HubProcess Ua { get; private set; } = null!;

    public HubProcess Kz { get; private set; } = null!;

    /// <summary>The shared credential and the two cases KZ opened on it.</summary>
    public sealed record Cases(string CredentialId, RecognitionCase Decided, RecognitionCase Referred);

    public Task<Cases> CasesAsync() => _cases.Value;

    public async Task InitializeAsync()
    {
        _seed = SeedWithSecondLearner();
        var ua = Settings("hub-ua", "UA");
        var kz = Settings("hub-kz", "KZ");
        PeerEntry Pin(HubProcessSettings settings)
        {
            using var keys = new HubKeyRing(settings.HubId, Path.Combine(settings.DataFolder, "keys"));
            return settings.PinEntry(keys);
        }

        var (uaPin, kzPin) = (Pin(ua), Pin(kz));
        var started = await Task.WhenAll(HubProcess.StartAsync(WithPeer(ua, kzPin)), HubProcess.StartAsync(WithPeer(kz, uaPin)));
        (Ua, Kz) = (started[0], started[1]);
    }

    public async Task DisposeAsync()
    {
        await Ua.DisposeAsync();
        await Kz.DisposeAsync();
        if (_seed.Length > 0)
        {
            Directory.Delete(_seed, recursive: true);
        }
    }

    private HubProcessSettings Settings(string hubId, string country) => HubProcessSettings.Fresh(hubId, country) with
    {
        Extra = new Dictionary<string, string> { ["Hub__SeedFolder"] = _seed, ["Hub__Identity__DemoAccounts"] = "true" },
    };

    private static HubProcessSettings WithPeer(HubProcessSettings settings, PeerEntry peer)
    {
        var file = Path.Combine(settings.DataFolder, "federation.json");
        FederationFile.Save(file, [peer]);
        return settings with { Extra = new Dictionary<string, string>(settings.Extra) { ["Hub__FederationFile"] = file } };
    }

    /// <summary>The repository's seed with one more UA learner, so a spec can sign in as somebody else.</summary>
    private static string SeedWithSecondLearner()
    {
        var folder = Path.Combine(Path.GetTempPath(), "exchange-records-seed-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var file in Directory.GetFiles(RepositoryRoot.Combine("seed"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(RepositoryRoot.Combine("seed"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var accounts = Path.Combine(folder, "UA", "accounts.json");
        var json = JsonNode.Parse(File.ReadAllText(accounts))!;
        json["accounts"]!.AsArray().Add(new JsonObject
        {
            ["username"] = "ua-learner-2",
            ["password"] = "ua-learner-2-Demo2026",
            ["displayName"] = "Тарас Коваль",
            ["role"] = "learner",
            ["learner"] = OtherLearner,
        });
        File.WriteAllText(accounts, json.ToJsonString());
        return folder;
    }

    private async Task<Cases> MakeCasesAsync()
    {
        var issuer = new IssuingService.IssuingServiceClient(Ua.CreateChannel(Ua.Token(new HubTokenRequest("registrar", HubRoles.Institution, "UA-KNU"))));
        var issued = await issuer.IssueCredentialAsync(Samples.IssueRequest("UA-KNU", Learner, "records-" + Guid.NewGuid().ToString("N")[..8]));
        var learner = new IssuingService.IssuingServiceClient(Ua.CreateChannel(Ua.Token(new HubTokenRequest("learner", HubRoles.Learner, LearnerId: Learner))));
        var grant = await learner.CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = issued.Credential.CredentialId,
            RecipientHubId = "hub-kz",
            ExpiresAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(7)),
        });
        var reference = new SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = issued.Credential.CredentialId, ShareCode = grant.ShareCode };
        var university = new RecognitionService.RecognitionServiceClient(Kz.CreateChannel(Kz.Token(new HubTokenRequest("admissions", HubRoles.Institution, "KZ-KAZNU"))));
        var decided = await SubmitAsync(university, reference, "records-full", "5", s => s == CaseStatus.Decided);
        var referred = await SubmitAsync(university, reference, "records-referred", "30", s => s == CaseStatus.InReview);
        await Eventually.True(async () => (await learner.GetCredentialAsync(new GetCredentialRequest { CredentialId = reference.CredentialId })).Recognitions.Count > 0,
            TimeSpan.FromSeconds(60), "UA never recorded KZ's decision:\n" + Kz.Output);
        return new Cases(reference.CredentialId, decided, referred);
    }

    private async Task<RecognitionCase> SubmitAsync(
        RecognitionService.RecognitionServiceClient university, SharedCredentialRef reference, string key, string ects, Func<CaseStatus, bool> settled)
    {
        var request = new RecognitionRequest
        {
            IdempotencyKey = key,
            RequesterInstitutionId = "KZ-KAZNU",
            Purpose = RecognitionPurpose.CreditTransfer,
            Target = new RecognitionTarget
            {
                Kind = TargetKind.Course,
                Title = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = $"Data analysis ({ects} ECTS)" } } },
                HostInstitutionId = "KZ-KAZNU",
                Requirements = new TargetRequirements
                {
                    Level = new Level { Framework = QualificationFramework.Eqf, LevelCode = "6" },
                    Workload = new Workload { Amount = ects, Unit = WorkloadUnit.EctsCredit },
                },
            },
            Credentials = { new CredentialSource { Reference = reference } },
        };
        var submitted = await university.SubmitRecognitionRequestAsync(new SubmitRecognitionRequestRequest { Request = request });
        RecognitionCase? current = null;
        await Eventually.True(async () => settled((current = await university.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = submitted.CaseId })).Status),
            TimeSpan.FromSeconds(60), $"Case {submitted.CaseId} never settled as expected:\n" + Kz.Output);
        return current!;
    }
}
