using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Web.Printing;
using Microsoft.Playwright;

namespace Exchange.Hub.Tests.Browser;

/// <summary>The learner's printout of a shared credential, downloaded in ua-learner's signed-in browser and read back:
/// its link and QR code are the share link, it says what a fresh check found, and nobody else's credential or a
/// withdrawn share is printed.</summary>
[Collection(BrowserGroup.Name)]
public sealed class LearnerCredentialPdfSpecs(BrowserFederation federation)
{
    [Fact]
    public async Task The_learner_downloads_a_shares_printout_whose_link_and_QR_code_open_the_share()
    {
        var issued = await federation.IssueAsync("browser-print");
        var credentialId = issued.Credential.CredentialId;
        var grant = await federation.ShareAsync(credentialId);
        await using var context = await federation.Sessions.ContextAsync(federation.Ua, BrowserFederation.LearnerAccount);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(federation.Ua.WebBase, $"my/credentials/{credentialId}/shares/{grant.ShareId}").ToString());

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Print as PDF" }).ClickAsync());

        Assert.StartsWith("credential-UA-", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var printed = PrintedPdf.Read(await File.ReadAllBytesAsync(await download.PathAsync()));
        Assert.StartsWith(federation.Ua.WebBase + "v/hub-ua/", grant.ShareUrl, StringComparison.Ordinal);
        Assert.Contains(grant.ShareUrl, printed.TextWithoutBreaks);
        Assert.Contains(grant.ShareUrl, printed.Links);
        Assert.Equal(grant.ShareUrl, QrImages.Decode(Assert.Single(printed.Images)));
        Assert.Contains("Олена Коваленко", printed.Text);
        Assert.Contains("Signatures valid, not revoked", printed.Text);
    }

    [Fact]
    public async Task The_printout_answers_as_an_attachment_in_the_readers_language()
    {
        var issued = await federation.IssueAsync("browser-print-uk");
        var grant = await federation.ShareAsync(issued.Credential.CredentialId, federation.Kz.Settings.HubId);
        await using var context = await federation.Sessions.ContextAsync(federation.Ua, BrowserFederation.LearnerAccount);

        var response = await GetAsync(context, issued.Credential.CredentialId, grant.ShareId, "uk");

        Assert.Equal(200, response.Status);
        Assert.Equal(PrintedFile.ContentType, response.Headers["content-type"]);
        Assert.StartsWith("attachment; filename=credential-UA-", response.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers["cache-control"]);
        var printed = PrintedPdf.Read(await response.BodyAsync());
        Assert.Contains("Аналіз даних мовою Python", printed.Text);
        Assert.Contains("Підписи дійсні, не відкликано", printed.Text);
        Assert.Equal(grant.ShareUrl, QrImages.Decode(Assert.Single(printed.Images)));
        Assert.StartsWith(federation.Kz.WebBase.ToString(), grant.ShareUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawn_share_and_someone_elses_credential_are_not_found_and_a_revoked_credential_says_so()
    {
        var own = await federation.IssueAsync("browser-print-withdrawn");
        var withdrawn = await federation.ShareAsync(own.Credential.CredentialId, federation.Kz.Settings.HubId);
        await federation.RevokeShareAsync(own.Credential.CredentialId, withdrawn.ShareId);
        var othersCredential = await federation.IssueAsync("browser-print-other", "UA-L-000102");
        var revoked = await federation.IssueAsync("browser-print-revoked");
        var revokedShare = await federation.ShareAsync(revoked.Credential.CredentialId, federation.Lv.Settings.HubId);
        await federation.RevokeAsync(revoked.Credential.CredentialId);
        await using var context = await federation.Sessions.ContextAsync(federation.Ua, BrowserFederation.LearnerAccount);

        var afterWithdrawal = await GetAsync(context, own.Credential.CredentialId, withdrawn.ShareId, "en");
        var others = await GetAsync(context, othersCredential.Credential.CredentialId, withdrawn.ShareId, "en");
        var ofRevoked = await GetAsync(context, revoked.Credential.CredentialId, revokedShare.ShareId, "lv");

        Assert.Equal((404, 404), (afterWithdrawal.Status, others.Status));
        Assert.Equal(200, ofRevoked.Status);
        var printed = PrintedPdf.Read(await ofRevoked.BodyAsync());
        Assert.Contains("Izdevējs to atsaucis", printed.Text);
        Assert.Contains(federation.Lv.WebBase + "v/hub-ua/" + revoked.Credential.CredentialId + "/", printed.Text);
    }

    // The browser's own request context: the signed-in cookies go with it, as with a click on the share page's link.
    private Task<IAPIResponse> GetAsync(IBrowserContext context, string credentialId, string shareId, string language) =>
        context.APIRequest.GetAsync(
            new Uri(federation.Ua.WebBase, LearnerCredentialPdfEndpoint.PathFor(credentialId, shareId)).ToString(),
            new APIRequestContextOptions { Headers = new Dictionary<string, string> { ["Accept-Language"] = language }, MaxRedirects = 0 });
}
