using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Identity;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Exchange.Hub.Web.Sharing;
using Exchange.LocalFederation.Launch;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Web;

/// <summary>The learner's, the university's and the front page's HTTP specs share one hub-ua: each hub process costs
/// the suite seconds of both cores.</summary>
[CollectionDefinition(Name)]
public sealed class UaWebPagesGroup : ICollectionFixture<UaWebPagesHub>
{
    public const string Name = "ua-web-pages";
}

/// <summary>A real hub-ua with its seed and demo accounts: UA-KNU issues the seed credential to its learner, who shares
/// it; the pages are driven as a browser without script drives them. A credential and share of another learner are
/// made once, by the first spec that asks.</summary>
public sealed class UaWebPagesHub : IAsyncLifetime
{
    private const string OtherLearnerId = "UA-L-000999";

    private readonly Lazy<Task<(string, string)>> _other;

    private HubProcess? _hub;

    public UaWebPagesHub() => _other = new(MakeOtherAsync);

    public HubProcess Hub => _hub ?? throw new InvalidOperationException("The hub has not started.");

    public HubProcess Process => Hub;

    public async Task InitializeAsync() => _hub = await HubProcess.StartAsync(SignInHubFixture.Settings("hub-ua", "UA",
        new Dictionary<string, string> { ["Hub__PolicyFile"] = RepositoryRoot.Combine("policy", "UA.json") }));

    public async Task DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }

    /// <summary>A fresh credential of the seed's learner, shared by the learner (with one institution, or anyone).</summary>
    public async Task<(string Link, string Code)> SharedCredentialAsync(string key, string recipientInstitutionId = "")
    {
        using var issuerChannel = Hub.CreateChannel(Hub.Token(new HubTokenRequest("registrar@knu", HubRoles.Institution, "UA-KNU")));
        var issued = await new IssuingService.IssuingServiceClient(issuerChannel).IssueCredentialAsync(SeedRequests.Credential(RepositoryRoot.Combine("seed"), "UA", key));
        using var learnerChannel = Hub.CreateChannel(Hub.Token(new HubTokenRequest("ua-learner", HubRoles.Learner, LearnerId: "UA-L-000101")));
        var grant = await new IssuingService.IssuingServiceClient(learnerChannel).CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = issued.Credential.CredentialId,
            ExpiresAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(7)),
            RecipientInstitutionId = recipientInstitutionId,
        });
        return (new ShareLink("hub-ua", issued.Credential.CredentialId, grant.ShareCode).On(Hub.HttpAddress).ToString(), grant.ShareCode);
    }

    /// <summary>A case another institution of the hub submitted over the API.</summary>
    public async Task<string> OtherInstitutionsCaseAsync(string key) => (await SubmitOverApiAsync(key, "UA-KPI", (await SharedCredentialAsync(key)).Link)).CaseId;

    /// <summary>A request an institution's own systems send over the API, with a learner's link.</summary>
    public async Task<RecognitionCase> SubmitOverApiAsync(string key, string institutionId, string link)
    {
        Assert.True(ShareLink.TryParse(link, out var shared));
        using var channel = Hub.CreateChannel(Hub.Token(new HubTokenRequest("registrar", HubRoles.Institution, institutionId)));
        return await new RecognitionService.RecognitionServiceClient(channel)
            .SubmitRecognitionRequestAsync(SeedRequests.Course(key, institutionId, "da-101", "Data analysis", "6", "5", shared.ToReference()));
    }

    public async Task<CaseStatus> StatusAsync(string caseId, string institutionId)
    {
        using var channel = Hub.CreateChannel(Hub.Token(new HubTokenRequest("registrar", HubRoles.Institution, institutionId)));
        return (await new RecognitionService.RecognitionServiceClient(channel).GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = caseId })).Status;
    }

    public IssuingService.IssuingServiceClient OtherLearner() =>
        new(Process.CreateChannel(Process.Token(new HubTokenRequest("other-learner", HubRoles.Learner, LearnerId: OtherLearnerId))));

    /// <summary>The seed credential of ua-learner, as the API lists it to them.</summary>
    public async Task<string> SeedCredentialIdAsync()
    {
        var learner = new IssuingService.IssuingServiceClient(Process.CreateChannel(Process.Token(new HubTokenRequest("ua-learner", HubRoles.Learner, LearnerId: "UA-L-000101"))));
        string? id = null;
        await Eventually.True(async () =>
        {
            id = (await learner.ListCredentialsAsync(new ListCredentialsRequest())).Credentials.FirstOrDefault()?.Credential.CredentialId;
            return id is not null;
        }, TimeSpan.FromSeconds(20), "The seed credential of UA-L-000101 was never issued.");
        return id!;
    }

    public Task<(string Credential, string Share)> OtherLearnersShareAsync() => _other.Value;

    private async Task<(string, string)> MakeOtherAsync()
    {
        var issuer = new IssuingService.IssuingServiceClient(Process.CreateChannel(Process.Token(new HubTokenRequest("registrar", HubRoles.Institution, "UA-KNU"))));
        var issued = await issuer.IssueCredentialAsync(Samples.IssueRequest("UA-KNU", OtherLearnerId, "learner-pages-other"));
        var grant = await OtherLearner().CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = issued.Credential.CredentialId,
            ExpiresAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(7)),
        });
        return (issued.Credential.CredentialId, grant.ShareId);
    }
}
