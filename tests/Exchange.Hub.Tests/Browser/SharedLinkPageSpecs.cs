using Exchange.Hub.Credentials;
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
        Assert.Equal(Enum.GetValues<VerificationCheck>().Order().Select(c => c.ToString()), order);
        var states = await page.Locator(".vf-check .vf-state").AllInnerTextsAsync();
        Assert.All(states.Where((_, i) => i != (int)VerificationCheck.EmbeddedProof - 1), s => Assert.EndsWith("Passed", s.Trim(), StringComparison.Ordinal));
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
