using System.Net;
using System.Text.Json.Nodes;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Security.Transport;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.LocalFederation.Launch;

namespace Exchange.Hub.Tests.Web.Learner;

/// <summary>
/// The learner downloads their own credential as an Open Badges 3.0 VC-JWT from its page, and jose verifies the file
/// against the hub's published keys; another learner's credential is not found; a revoked one is neither linked nor
/// exported.
/// </summary>
[Collection(UaWebPagesGroup.Name)]
public sealed class LearnerOpenBadgeDownloadSpecs(UaWebPagesHub fixture)
{
    private const string Learner = "ua-learner";

    [Fact]
    public async Task The_learner_downloads_their_credential_as_an_open_badge_that_jose_verifies_with_the_hubs_keys()
    {
        using var browser = new WebSession(fixture.Process);
        await browser.SignInAsync("/my", Learner, Learner + "-Demo2026");
        var credentialId = await fixture.SeedCredentialIdAsync();
        var path = $"/my/credentials/{credentialId}/open-badge.jwt";

        var page = await browser.GetAsync($"/my/credentials/{credentialId}");
        Assert.Contains($"href=\"{path}\"", page.Html, StringComparison.Ordinal);
        var download = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, download.Status);
        var folder = Directory.CreateTempSubdirectory("exchange-learner-badge-").FullName;
        try
        {
            var file = Path.Combine(folder, "open-badge.jwt");
            await File.WriteAllTextAsync(file, download.Html);
            var issuerId = fixture.Hub.WebBase.GetLeftPart(UriPartial.Authority);
            var certificate = Path.Combine(fixture.Hub.Settings.EffectiveKeysFolder, ServerCertificate.CertificateFileName);
            var verified = await NodeScripts.RunTrustingAsync(certificate, "verify-vc-jwt.mjs", file, issuerId + "/.well-known/jwks.json", "--issuer", issuerId);

            Assert.True(verified.ExitCode == 0, verified.ToString());
            var payload = JsonNode.Parse(verified.StdOut)!["payload"]!;
            Assert.Equal($"urn:exchange:hub-ua:credential:{credentialId}", payload["jti"]!.GetValue<string>());
            Assert.Equal("urn:exchange:hub-ua:learner:UA-L-000101", payload["sub"]!.GetValue<string>());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Another_learners_credential_is_not_found()
    {
        using var browser = new WebSession(fixture.Process);
        await browser.SignInAsync("/my", Learner, Learner + "-Demo2026");
        var (otherCredential, _) = await fixture.OtherLearnersShareAsync();

        var download = await browser.GetAsync($"/my/credentials/{otherCredential}/open-badge.jwt");

        Assert.Equal(HttpStatusCode.NotFound, download.Status);
        Assert.DoesNotContain("eyJ", download.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_credential_is_not_linked_and_its_download_is_refused()
    {
        var hub = fixture.Hub;
        using var issuerChannel = hub.CreateChannel(hub.Token(new HubTokenRequest("registrar@knu", HubRoles.Institution, "UA-KNU")));
        var issuer = new IssuingService.IssuingServiceClient(issuerChannel);
        var issued = await issuer.IssueCredentialAsync(SeedRequests.Credential(RepositoryRoot.Combine("seed"), "UA", "open-badge-revoked"));
        var credentialId = issued.Credential.CredentialId;
        await issuer.RevokeCredentialAsync(new RevokeCredentialRequest
        {
            CredentialId = credentialId,
            ReasonCode = "issued_in_error",
            Reason = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "Issued in error" } } },
        });
        using var browser = new WebSession(fixture.Process);
        await browser.SignInAsync("/my", Learner, Learner + "-Demo2026");

        var page = await browser.GetAsync($"/my/credentials/{credentialId}");
        var download = await browser.GetAsync($"/my/credentials/{credentialId}/open-badge.jwt");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("open-badge.jwt", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, download.Status);
        Assert.Contains("CREDENTIAL_REVOKED", download.Html, StringComparison.Ordinal);
    }
}
