using System.Text.Json.Nodes;
using Exchange.Hub.Tests.Outside;
using Microsoft.Playwright;

namespace Exchange.Hub.Tests.Browser;

/// <summary>An anonymous visitor checks an Open Badge file on the front page: a badge whose key travels only in the
/// file is read as needing an officer's judgement, its issuer not on the trust list, and never as valid.</summary>
[Collection(BrowserGroup.Name)]
public sealed class CredentialFileCheckSpecs(BrowserFederation federation)
{
    [Fact]
    public async Task A_badge_signed_with_a_key_that_only_the_file_carries_needs_an_officers_judgement()
    {
        using var issuer = new OutsideIssuerKeys("https://badges-browser.example/issuer");
        var badge = OutsideIssuerKeys.Sign(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(issuer.IssuerId)), new JsonObject { ["alg"] = "ES256", ["jwk"] = issuer.EcJwk() },
            input => issuer.EcKey.SignData(input, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        await using var context = await federation.Chromium.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(federation.Kz.HttpAddress.AbsoluteUri);
        await page.GetByLabel("Credential file", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "badge.jwt", MimeType = "application/vc+jwt", Buffer = System.Text.Encoding.UTF8.GetBytes(badge) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/check/file");

        var verdict = await page.InnerTextAsync("#vf-verdict");
        Assert.Contains("needs an officer's judgement", verdict, StringComparison.Ordinal);
        Assert.DoesNotContain("Every check passed", verdict, StringComparison.Ordinal);
        Assert.Contains("Issuer not on the trust list", await page.InnerTextAsync("[data-check=IssuerKeyTrusted]"), StringComparison.Ordinal);
        Assert.Equal("NeedsJudgement", await page.GetAttributeAsync("[data-check=IssuerKeyTrusted]", "data-state"));
        Assert.Equal("false", await page.GetAttributeAsync("[data-trusted]", "data-trusted"));
        Assert.Contains("Example University", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await PageEvidence.AssertAccessibleAsync(page);
    }
}
