using Exchange.Contracts.V1;
using Xunit.Abstractions;

namespace Exchange.Hub.Tests.Browser;

/// <summary>The harness itself: Debian's chromium reaches a real hub over TLS, and axe runs offline and can fail.</summary>
[Collection(BrowserGroup.Name)]
public sealed class BrowserHarnessSpecs(BrowserFederation federation, ITestOutputHelper output)
{
    [Fact]
    public async Task Chromium_opens_the_hubs_health_page_over_its_self_signed_TLS()
    {
        await using var context = await federation.Chromium.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(new Uri(federation.Kz.HttpAddress, "health").ToString());

        Assert.Equal(200, response!.Status);
        Assert.Equal("Healthy", (await page.InnerTextAsync("body")).Trim());
        // The browser tests' fixed cost, for the test log.
        output.WriteLine($"Browser federation (3 hubs, chromium, seeded cases) ready in {federation.StartedIn.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task The_helpers_issue_to_ua_learner_share_with_hub_lv_and_revoke_at_hub_ua()
    {
        var issued = await federation.IssueAsync("browser-harness");

        var grant = await federation.ShareAsync(issued.Credential.CredentialId, federation.Lv.Settings.HubId, "LV-LU");
        var revoked = await federation.RevokeAsync(issued.Credential.CredentialId);

        Assert.Equal(BrowserFederation.Learner, issued.Credential.Learner.LearnerId);
        Assert.Equal(("hub-lv", "LV-LU"), (grant.RecipientHubId, grant.RecipientInstitutionId));
        Assert.NotEmpty(grant.ShareCode);
        Assert.Equal(CredentialStatus.Revoked, revoked.Status);
    }

    [Fact]
    public async Task Axe_reports_an_unlabelled_field_as_a_serious_violation()
    {
        await using var context = await federation.Chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<!doctype html><html lang=\"en\"><head><title>t</title></head><body><main><h1>t</h1><input type=\"text\"></main></body></html>");

        var violations = await PageEvidence.SeriousViolationsAsync(page);

        Assert.Contains(violations, v => v.Contains("label", StringComparison.Ordinal));
    }
}
