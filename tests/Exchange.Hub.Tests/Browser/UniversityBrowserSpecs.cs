using System.Text.RegularExpressions;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.University;
using Exchange.LocalFederation.Launch;
using Google.Protobuf;
using Microsoft.Playwright;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Tests.Browser;

/// <summary>A university's day on its own hub: KZ-KAZNU submits a recognition request from the learner's https link,
/// follows the case live to its automatic decision and downloads it; LV-LU, pasting the same link (shared for hub-kz)
/// at hub-lv, is refused on the form. A case referred to an officer shows the officer's decision on the open page,
/// and the university appeals it.</summary>
[Collection(BrowserGroup.Name)]
public sealed class UniversityBrowserSpecs(BrowserFederation federation)
{
    private const string Kazakh = "kz-admissions";
    private const string Latvian = "lv-admissions";

    [Fact]
    public async Task A_university_submits_from_a_share_link_follows_the_case_to_its_decision_live_and_another_hub_is_refused_the_link()
    {
        var issued = await federation.IssueAsync("browser-university-" + Guid.NewGuid().ToString("N")[..8]);
        var grant = await federation.ShareAsync(issued.Credential.CredentialId, federation.Kz.Settings.HubId);
        Assert.StartsWith("https://", grant.ShareUrl, StringComparison.Ordinal);

        await using var kz = await federation.Sessions.ContextAsync(federation.Kz, Kazakh);
        var page = await kz.NewPageAsync();
        await page.GotoAsync(new Uri(federation.Kz.HttpAddress, UniversityPaths.SubmitFrom(grant.ShareUrl)).ToString());
        Assert.Equal(grant.ShareUrl, await page.GetByLabel("The learner's share link").InputValueAsync());
        await FillCourseAsync(page);
        await PageEvidence.AssertAccessibleAsync(page);
        await PageEvidence.ScreenshotAsync(page, "university-submit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/university/cases/rc-[0-9a-f]{24}\\?done=submitted$"));
        var caseUrl = page.Url[..page.Url.IndexOf('?', StringComparison.Ordinal)];

        // From here on the page is not loaded again: the live region alone says when the case is decided.
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;
        await Assertions.Expect(page.Locator("#case-live [data-live-status]")).ToHaveTextAsync("Decided · Full recognition", new() { Timeout = 30_000 });
        Assert.Equal(0, navigations);
        Assert.DoesNotContain(grant.ShareCode, await page.ContentAsync(), StringComparison.Ordinal);

        await page.GotoAsync(caseUrl);
        await PageEvidence.AssertAccessibleAsync(page);
        await PageEvidence.ScreenshotAsync(page, "university-case");
        var json = await DownloadAsync(page, "Decision (JSON, as the API gives it)");
        var decision = JsonParser.Default.Parse<V1.RecognitionDecision>(System.Text.Encoding.UTF8.GetString(json));
        Assert.Equal((V1.RecognitionOutcome.Full, federation.Kz.Settings.HubId), (decision.Outcome, decision.DecidingHubId));
        var pdf = PrintedPdf.Read(await DownloadAsync(page, "Decision (PDF)"));
        Assert.Contains(decision.DecisionId, pdf.Text, StringComparison.Ordinal);

        await page.GotoAsync(new Uri(federation.Kz.HttpAddress, UniversityPaths.Cases).ToString());
        await Assertions.Expect(page.Locator($"main a[href='{new Uri(caseUrl).AbsolutePath}']")).ToHaveCountAsync(1);
        await PageEvidence.AssertAccessibleAsync(page);
        await PageEvidence.ScreenshotAsync(page, "university-cases");

        // On a phone: nothing wider than the screen, on the list, the form and the case.
        await page.SetViewportSizeAsync(375, 740);
        foreach (var path in new[] { UniversityPaths.Cases, UniversityPaths.SubmitFrom(grant.ShareUrl), new Uri(caseUrl).AbsolutePath })
        {
            await page.GotoAsync(new Uri(federation.Kz.HttpAddress, path).ToString());
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375, $"{path} is wider than a 375-px screen");
        }

        await using var lv = await federation.Sessions.ContextAsync(federation.Lv, Latvian);
        var elsewhere = await lv.NewPageAsync();
        await elsewhere.GotoAsync(new Uri(federation.Lv.HttpAddress, UniversityPaths.SubmitFrom(grant.ShareUrl)).ToString());
        await FillCourseAsync(elsewhere);
        await elsewhere.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Assertions.Expect(elsewhere.Locator("#" + FieldMessages.IdFor(SubmitFields.Link))).ToHaveTextAsync(ShareLinkRefusals.RecipientMismatchMessage);
        Assert.EndsWith(UniversityPaths.Submit, new Uri(elsewhere.Url).AbsolutePath, StringComparison.Ordinal);
        await PageEvidence.AssertAccessibleAsync(elsewhere);
    }

    [Fact]
    public async Task An_officers_decision_reaches_the_open_case_page_live_and_the_university_appeals_it()
    {
        var issued = await federation.IssueAsync("browser-university-appeal-" + Guid.NewGuid().ToString("N")[..8]);
        var grant = await federation.ShareAsync(issued.Credential.CredentialId, federation.Kz.Settings.HubId);
        await using var kz = await federation.Sessions.ContextAsync(federation.Kz, Kazakh);
        var page = await kz.NewPageAsync();
        await page.GotoAsync(new Uri(federation.Kz.HttpAddress, UniversityPaths.SubmitFrom(grant.ShareUrl)).ToString());
        await FillCourseAsync(page, credits: "30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        // The form resolves the share link at hub-ua before it answers; on a busy machine that can take a while.
        await page.WaitForURLAsync(new Regex("/university/cases/rc-[0-9a-f]{24}\\?done=submitted$"), new() { Timeout = 60_000 });
        var caseId = new Uri(page.Url).AbsolutePath.Split('/')[^1];
        var live = page.Locator("#case-live [data-live-status]");
        await Assertions.Expect(live).ToHaveTextAsync("In review", new() { Timeout = 30_000 });

        // The page stays open while an officer of hub-kz decides: only its stream can tell it.
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;
        using (var channel = federation.Kz.CreateChannel(federation.Kz.Token(new HubTokenRequest("kz-officer", HubRoles.Officer))))
        {
            var review = new ReviewService.ReviewServiceClient(channel);
            await review.AssignReviewCaseAsync(new AssignReviewCaseRequest { CaseId = caseId });
            await review.DecideReviewCaseAsync(new DecideReviewCaseRequest { CaseId = caseId, Decision = SeedRequests.Commission(caseId, [], DateTimeOffset.UtcNow).Proposal });
        }

        await Assertions.Expect(live).ToHaveTextAsync("Decided · Partial recognition", new() { Timeout = 30_000 });
        Assert.Equal(0, navigations);
        await page.GetByRole(AriaRole.Link, new() { Name = "Show the latest" }).ClickAsync();
        await page.GetByLabel("Grounds of the appeal").FillAsync("The remaining units were covered by an internship the officer did not consider.");
        await PageEvidence.AssertAccessibleAsync(page);
        await PageEvidence.ScreenshotAsync(page, "university-decision");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lodge the appeal" }).ClickAsync();
        await page.WaitForURLAsync("**?done=appealed");
        await Assertions.Expect(live).ToHaveTextAsync("Appealed");
    }

    /// <summary>A course at EQF level 6: with 5 ECTS the credential's own size and level, which the rules decide in full;
    /// with 30, five times its workload, which they refer to an officer.</summary>
    private static async Task FillCourseAsync(IPage page, string credits = "5")
    {
        await page.GetByLabel("Purpose").SelectOptionAsync(new SelectOptionValue { Label = "Credit transfer" });
        await page.GetByLabel("A course").CheckAsync();
        await page.GetByLabel("Course title").FillAsync("Data analysis");
        await page.GetByLabel("EQF level", new() { Exact = true }).SelectOptionAsync("6");
        await page.GetByLabel("Workload (ECTS credits)").FillAsync(credits);
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        return bytes.ToArray();
    }
}
