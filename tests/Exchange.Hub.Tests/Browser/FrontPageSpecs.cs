using Exchange.Hub.Web.Sharing;
using Microsoft.Playwright;

namespace Exchange.Hub.Tests.Browser;

/// <summary>The front page in a browser on a phone's width: a university pastes the link a learner gave it, whichever
/// hub's address it carries, and lands on that credential's page at its own hub.</summary>
[Collection(BrowserGroup.Name)]
public sealed class FrontPageSpecs(BrowserFederation federation)
{
    [Fact]
    public async Task A_link_made_for_another_hub_opens_at_this_one_and_a_text_that_is_none_is_answered_at_the_field()
    {
        var issued = await federation.IssueAsync("front-page");
        var grant = await federation.ShareAsync(issued.Credential.CredentialId, "hub-kz");
        Assert.True(ShareLink.TryParse(grant.ShareUrl, out var link));
        await using var context = await federation.Chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(375, 800);

        await page.GotoAsync(federation.Lv.HttpAddress.AbsoluteUri);
        await PageEvidence.AssertAccessibleAsync(page);
        var field = page.GetByLabel("Share link");
        await field.FillAsync("UA-CRED-and-a-code");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();

        Assert.StartsWith("This is not a share link.", await page.InnerTextAsync("#link-error"), StringComparison.Ordinal);
        Assert.Equal("UA-CRED-and-a-code", await field.InputValueAsync());
        Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
        await PageEvidence.AssertAccessibleAsync(page);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page is wider than the phone");

        await field.FillAsync(grant.ShareUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == link!.Path);

        Assert.StartsWith(federation.Lv.HttpAddress.AbsoluteUri, page.Url, StringComparison.Ordinal);
        Assert.StartsWith(federation.Kz.HttpAddress.AbsoluteUri, grant.ShareUrl, StringComparison.Ordinal);
    }
}
