using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Microsoft.Playwright;

namespace Exchange.Hub.Tests.Browser;

/// <summary>
/// The page a learner's share link opens, in the browser and on the hubs of three countries: what an anonymous visitor
/// sees of a valid credential at the issuing hub and at a peer (the level and workload in that peer's terms), what a
/// revoked credential's page says, and what a university of a hub the link was not shared with gets: nothing.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class SharedLinkPageSpecs(BrowserFederation federation)
{
    [Fact]
    public async Task An_anonymous_visitor_opens_an_anyone_link_at_hub_ua_and_sees_every_check_passed_in_order_who_vouches_and_the_levels()
    {
        var issued = await federation.IssueAsync("verify-anyone");
        var grant = await federation.ShareAsync(issued.Credential.CredentialId);
        await using var context = await federation.Chromium.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(grant.ShareUrl);

        Assert.Equal(200, response!.Status);
        Assert.StartsWith(federation.Ua.Settings.WebBase.ToString(), grant.ShareUrl, StringComparison.Ordinal);
        Assert.Equal("no-referrer", await response.HeaderValueAsync("referrer-policy"));
        Assert.Equal(0, await page.Locator("script").CountAsync());
        var text = await page.InnerTextAsync("main");
        Assert.Contains("Every check passed: this credential is genuine and in force.", text, StringComparison.Ordinal);
        var order = await page.Locator(".vf-check").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.check)");
        // A hub's credential is never checked against the trust list of outside issuers: that line is not drawn.
        Assert.Equal(Enum.GetValues<Exchange.Hub.Credentials.VerificationCheck>().Order()
            .Where(c => c != Exchange.Hub.Credentials.VerificationCheck.IssuerKeyTrusted).Select(c => c.ToString()), order);
        var states = await page.Locator(".vf-check .vf-state").AllInnerTextsAsync();
        Assert.All(states.Where((_, i) => i != (int)Exchange.Hub.Credentials.VerificationCheck.EmbeddedProof - 1), s => Assert.EndsWith("Passed", s.Trim(), StringComparison.Ordinal));
        Assert.Contains("The national hub of Ukraine (hub-ua)", text, StringComparison.Ordinal);
        Assert.Contains("On the day it issued this credential, the issuer held external quality assurance.", text, StringComparison.Ordinal);
        Assert.Contains("EQF level 7", text, StringComparison.Ordinal);
        Assert.Contains("Ukrainian NQF level 7", text, StringComparison.Ordinal);
        Assert.Contains("Data analysis in Python", text, StringComparison.Ordinal);
        await PageEvidence.AssertAccessibleAsync(page);
        await PageEvidence.ScreenshotAsync(page, "verify-valid");

        // On a 375-px phone the page reflows: nothing wider than the screen.
        await page.SetViewportSizeAsync(375, 800);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 375"), "The page scrolls sideways on a 375-px screen.");
        await PageEvidence.ScreenshotAsync(page, "verify-phone");
    }

    [Fact]
    public async Task The_same_link_opened_on_hub_kz_reads_the_level_and_workload_in_kazakh_terms_and_offers_the_others()
    {
        var issued = await federation.IssueAsync("verify-at-kz");
        var grant = await federation.ShareAsync(issued.Credential.CredentialId);
        await using var context = await federation.Chromium.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(new Uri(federation.Kz.HttpAddress, new Uri(grant.ShareUrl).AbsolutePath).ToString());

        Assert.Equal(200, response!.Status);
        var text = await page.InnerTextAsync("main");
        Assert.Contains("Every check passed", text, StringComparison.Ordinal);
        Assert.Contains("Kazakh NQF level 7", text, StringComparison.Ordinal);
        Assert.Contains("6 Kazakh academic credits", text, StringComparison.Ordinal);
        Assert.Contains("As stated: 6 ECTS credits", text, StringComparison.Ordinal);
        Assert.Contains("The national hub of Ukraine (hub-ua)", text, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Latvia" }).ClickAsync();
        await page.WaitForURLAsync("**?framework=LV");
        Assert.Contains("Latvian LQF level 7", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        // A reader whose browser asks for Kazakh reads the page in Kazakh.
        await using var kazakh = await federation.Chromium.NewContextAsync(locale: "kk-KZ");
        var inKazakh = await kazakh.NewPageAsync();
        await inKazakh.GotoAsync(page.Url);
        var kk = await inKazakh.InnerTextAsync("main");
        Assert.Contains("Барлық тексерістен өтті", kk, StringComparison.Ordinal);
        Assert.Contains("Латвияның LKI, 7-деңгей", kk, StringComparison.Ordinal);
        await PageEvidence.AssertAccessibleAsync(inKazakh);
        await PageEvidence.ScreenshotAsync(inKazakh, "verify-kk");
    }

    [Fact]
    public async Task A_link_cut_short_of_a_wrong_code_or_hub_or_whose_grant_the_learner_withdrew_shows_one_message_and_its_status()
    {
        var issued = await federation.IssueAsync("verify-refusals");
        var id = issued.Credential.CredentialId;
        var grant = await federation.ShareAsync(id);
        var path = new Uri(grant.ShareUrl).AbsolutePath;
        using var http = federation.Ua.CreateHttpClient();
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var cutShort = await GetAsync(http, $"/v/hub-ua/{id}");
        var wrongCode = await GetAsync(http, $"/v/hub-ua/{id}/{new string('A', 32)}");
        var unknownHub = await GetAsync(http, path.Replace("/v/hub-ua/", "/v/hub-zz/", StringComparison.Ordinal));
        using (var channel = federation.Ua.CreateChannel(federation.Ua.Token(new HubTokenRequest(BrowserFederation.LearnerAccount, HubRoles.Learner, LearnerId: BrowserFederation.Learner))))
        {
            await new IssuingService.IssuingServiceClient(channel).RevokeShareGrantAsync(new RevokeShareGrantRequest { CredentialId = id, ShareId = grant.ShareId });
        }

        var withdrawn = await GetAsync(http, path);

        Assert.Equal((404, true), (cutShort.Status, cutShort.Body.Contains("This is not a credential link.", StringComparison.Ordinal)));
        Assert.Equal((404, true), (wrongCode.Status, wrongCode.Body.Contains("This link opens no credential", StringComparison.Ordinal)));
        Assert.Equal((404, true), (unknownHub.Status, unknownHub.Body.Contains("This link names a hub this hub does not know", StringComparison.Ordinal)));
        Assert.Equal((410, true), (withdrawn.Status, withdrawn.Body.Contains("This link is no longer valid", StringComparison.Ordinal)));
        Assert.All(new[] { cutShort, wrongCode, unknownHub, withdrawn }, r =>
        {
            Assert.DoesNotContain("Data analysis in Python", r.Body, StringComparison.Ordinal);
            Assert.Equal("no-referrer", r.ReferrerPolicy);
            Assert.Contains("no-store", r.CacheControl, StringComparison.Ordinal);
        });
    }

    private static async Task<(int Status, string Body, string? ReferrerPolicy, string CacheControl)> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(),
            response.Headers.TryGetValues("Referrer-Policy", out var policy) ? string.Join(",", policy) : null,
            response.Headers.CacheControl?.ToString() ?? "");
    }

    [Fact]
    public async Task A_revoked_credentials_page_says_revoked_with_the_date_and_the_issuers_reason()
    {
        var issued = await federation.IssueAsync("verify-revoked");
        var grant = await federation.ShareAsync(issued.Credential.CredentialId);
        await federation.RevokeAsync(issued.Credential.CredentialId);
        await using var context = await federation.Chromium.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(grant.ShareUrl);

        var verdict = await page.InnerTextAsync(".vf-verdict");
        Assert.Contains("REVOKED", verdict, StringComparison.Ordinal);
        Assert.Contains("Revoked on " + DateTime.UtcNow.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en")), verdict, StringComparison.Ordinal);
        Assert.Contains("Reason given by the issuer:", verdict, StringComparison.Ordinal);
        await PageEvidence.AssertAccessibleAsync(page);
        await PageEvidence.ScreenshotAsync(page, "verify-revoked");
    }

    [Fact]
    public async Task A_link_shared_with_hub_kz_opened_at_hub_lv_by_its_university_shows_the_recipient_message_and_nothing_of_the_credential()
    {
        var issued = await federation.IssueAsync("verify-for-kz");
        var grant = await federation.ShareAsync(issued.Credential.CredentialId, recipientHubId: "hub-kz");
        await using var context = await federation.Chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        // A university has no console: its sign-in ends on a refusal there, with its web session started all the same.
        await DemoSessions.SignInThroughFormAsync(page, federation.Lv.HttpAddress, "lv-admissions", DemoSessions.PasswordOf(federation.Lv, "lv-admissions"));

        var response = await page.GotoAsync(new Uri(federation.Lv.HttpAddress, new Uri(grant.ShareUrl).AbsolutePath).ToString());

        Assert.Equal(403, response!.Status);
        var text = await page.InnerTextAsync("main");
        Assert.Contains("This link was shared with another recipient, not with you, so it shows you nothing.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Data analysis in Python", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kovalenko", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Коваленко", text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".vf-check").CountAsync());
        await PageEvidence.AssertAccessibleAsync(page);
    }
}
