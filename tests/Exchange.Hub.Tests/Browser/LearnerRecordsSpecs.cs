using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.LocalFederation.Launch;
using Exchange.Hub.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Browser;

/// <summary>ua-learner's records abroad in the browser: after KZ decides cases on a UA credential (one in full, one in
/// part with a condition and an appeal deadline) and refers a third, /my/recognitions shows the decisions and
/// /my/cases follows the referred case with its status and four-month deadline; axe finds nothing serious on either.</summary>
[Collection(BrowserGroup.Name)]
public sealed class LearnerRecordsSpecs(BrowserFederation federation)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_learner_reads_KZ_s_decisions_and_follows_the_referred_case_abroad()
    {
        var issued = await federation.IssueAsync("records-browser");
        var grant = await federation.ShareAsync(issued.Credential.CredentialId, federation.Kz.Settings.HubId);
        var shared = new SharedCredentialRef { IssuingHubId = federation.Ua.Settings.HubId, CredentialId = issued.Credential.CredentialId, ShareCode = grant.ShareCode };
        var full = await SubmitAsync("records-full", "REC-FULL", "Data analysis basics", "5", shared, CaseStatus.Decided);
        var partial = await SubmitAsync("records-partial", "REC-PART", "Data analysis with a lab", "8", shared, CaseStatus.Decided);
        var referred = await SubmitAsync("records-referred", "REC-REF", "Data science module", "30", shared, CaseStatus.InReview);
        await RecordedAtUaAsync(issued.Credential.CredentialId, 2);

        // Signed in through the form (the demo sessions keep officers' console sessions; a learner has no console).
        await using var context = await federation.Chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await DemoSessions.SignInThroughFormAsync(page, federation.Ua.HttpAddress, BrowserFederation.LearnerAccount,
            DemoSessions.PasswordOf(federation.Ua, BrowserFederation.LearnerAccount));
        await page.GotoAsync(federation.Ua.HttpAddress + "my/recognitions");
        var recognitions = await page.InnerTextAsync("main");

        Assert.Contains("Data analysis basics", recognitions, StringComparison.Ordinal);
        Assert.Contains("Recognised in full", recognitions, StringComparison.Ordinal);
        Assert.Contains(full.Decision.DecisionId, recognitions, StringComparison.Ordinal);
        Assert.Contains("Partly recognised", recognitions, StringComparison.Ordinal);
        Assert.Contains(partial.Decision.DecisionId, recognitions, StringComparison.Ordinal);
        Assert.Contains("days left", recognitions, StringComparison.Ordinal);
        Assert.Contains("Ministry of Science and Higher Education", recognitions, StringComparison.Ordinal);
        await PageEvidence.AssertAccessibleAsync(page);
        await PageEvidence.ScreenshotAsync(page, "learner-recognitions");

        await page.GotoAsync(federation.Ua.HttpAddress + "my/cases");
        var cases = await page.InnerTextAsync("main");

        Assert.Contains(referred.CaseId, cases, StringComparison.Ordinal);
        Assert.Contains("Data science module", cases, StringComparison.Ordinal);
        Assert.Contains("In review", cases, StringComparison.Ordinal);
        Assert.Contains("days left", cases, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be reached", cases, StringComparison.Ordinal);
        await PageEvidence.AssertAccessibleAsync(page);
        await PageEvidence.ScreenshotAsync(page, "learner-cases");
    }

    private async Task<RecognitionCase> SubmitAsync(string key, string courseId, string title, string ects, SharedCredentialRef shared, CaseStatus expected)
    {
        using var channel = federation.Kz.CreateChannel(federation.UniversityToken());
        var university = new RecognitionService.RecognitionServiceClient(channel);
        var request = SeedRequests.Course(key, BrowserFederation.University, courseId, title, "6", ects, shared);
        request.SettleWithin = Duration.FromTimeSpan(TimeSpan.FromSeconds(10));
        var submitted = await university.SubmitRecognitionRequestAsync(request);
        var current = submitted;
        await Eventually.True(async () =>
            (current = await university.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = submitted.CaseId })).Status == expected,
            Settle, $"Case {submitted.CaseId} ({ects} ECTS) did not become {expected}.");
        return current;
    }

    private async Task RecordedAtUaAsync(string credentialId, int decisions)
    {
        using var channel = federation.Ua.CreateChannel(federation.Ua.Token(new HubTokenRequest("learner", HubRoles.Learner, LearnerId: BrowserFederation.Learner)));
        var learner = new IssuingService.IssuingServiceClient(channel);
        await Eventually.True(async () =>
            (await learner.GetCredentialAsync(new GetCredentialRequest { CredentialId = credentialId })).Recognitions.Count >= decisions,
            Settle, $"hub-ua never recorded {decisions} decisions of hub-kz on {credentialId}.");
    }
}
