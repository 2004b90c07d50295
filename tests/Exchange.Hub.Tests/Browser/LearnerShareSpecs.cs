using Exchange.Hub.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Exchange.Hub.Tests.Browser;

/// <summary>A learner shares a credential with another country's hub from their own pages: the https link points at
/// that hub's web address, the QR code on the page decodes to exactly that link, the share is listed with until when
/// the link works, and revoking it marks it revoked.</summary>
[Collection(BrowserGroup.Name)]
public sealed class LearnerShareSpecs(BrowserFederation federation)
{
    private const string Learner = "ua-learner";

    [Fact]
    public async Task The_learner_shares_a_credential_with_hub_kz_whose_qr_code_decodes_to_the_link_then_revokes_it()
    {
        var issued = await federation.IssueAsync("browser-learner-share");
        var credentialId = issued.Credential.CredentialId;
        await using var context = await federation.Sessions.ContextAsync(federation.Ua, Learner);
        var page = await context.NewPageAsync();

        await page.GotoAsync(federation.Ua.HttpAddress + "my");
        await PageEvidence.AssertAccessibleAsync(page);
        await PageEvidence.ScreenshotAsync(page, "learner-credentials");
        await page.Locator($"main a[href='/my/credentials/{credentialId}']").ClickAsync();
        await page.WaitForURLAsync($"**/my/credentials/{credentialId}");
        await PageEvidence.AssertAccessibleAsync(page);
        await PageEvidence.ScreenshotAsync(page, "learner-credential");

        await page.GetByLabel("One hub: the national centre and universities that work through it").CheckAsync();
        await page.GetByLabel("Hub", new() { Exact = true }).SelectOptionAsync("hub-kz");
        await page.GetByLabel("Link valid for (days)").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the link" }).ClickAsync();
        await page.WaitForURLAsync($"**/my/credentials/{credentialId}/shares/*?done=created");
        var shareUrl = new Uri(page.Url);

        var link = await page.GetByLabel("Link", new() { Exact = true }).InputValueAsync();
        Assert.StartsWith(federation.Kz.WebBase.ToString(), link, StringComparison.Ordinal);
        Assert.StartsWith("https://", link, StringComparison.Ordinal);
        Assert.Contains($"/v/hub-ua/{credentialId}/", link, StringComparison.Ordinal);
        var qr = page.GetByRole(AriaRole.Img, new() { Name = "QR code of the share link" });
        Assert.Equal(link, QrImages.Decode(await qr.ScreenshotAsync()));
        Assert.Equal("Only through hub hub-kz", await page.Locator("#share-for").InnerTextAsync());
        var linkValidUntil = await page.Locator("#link-valid-until").InnerTextAsync();
        Assert.NotEqual(linkValidUntil, await page.Locator("#credential-valid-until").InnerTextAsync());
        await PageEvidence.AssertAccessibleAsync(page);
        await PageEvidence.ScreenshotAsync(page, "learner-share");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the credential" }).ClickAsync();
        var row = page.Locator($"#share-{shareUrl.Segments[^1]}");
        Assert.Equal(linkValidUntil, await row.Locator(".link-valid-until").InnerTextAsync());
        Assert.Contains("Link active", await row.Locator(".share-status").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(shareUrl.GetLeftPart(UriPartial.Path));
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke this link" }).ClickAsync();
        await page.WaitForURLAsync("**?done=revoked");
        Assert.Contains("Link revoked", await page.Locator("#share-status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#share-link").CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the credential" }).ClickAsync();
        Assert.Contains("Link revoked", await row.Locator(".share-status").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_learners_pages_fit_a_phone_screen_without_sideways_scrolling()
    {
        var issued = await federation.IssueAsync("browser-learner-phone");
        var credentialId = issued.Credential.CredentialId;
        var share = await federation.ShareAsync(credentialId, "hub-kz");
        await using var context = await federation.Sessions.ContextAsync(federation.Ua, Learner);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(375, 740);

        foreach (var (path, name) in new[] { ("my", "learner-phone-credentials"), ($"my/credentials/{credentialId}", "learner-phone-credential"), ($"my/credentials/{credentialId}/shares/{share.ShareId}", "learner-phone-share") })
        {
            await page.GotoAsync(federation.Ua.HttpAddress + path);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 375, $"/{path} is {width} px wide on a 375-px screen.");
            await PageEvidence.ScreenshotAsync(page, name);
        }
    }
}
