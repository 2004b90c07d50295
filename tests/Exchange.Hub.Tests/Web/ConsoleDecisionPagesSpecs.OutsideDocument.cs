using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Outside;
using Google.Protobuf;

namespace Exchange.Hub.Tests.Web;

/// <summary>The officer's case page for a credential issued outside the federation: the check that needs judgement
/// is drawn as such, and the original document is downloaded byte for byte, by the hub's officers only.</summary>
public sealed partial class ConsoleDecisionPagesSpecs
{
    [Fact]
    public async Task An_officer_reads_what_needs_judgement_and_downloads_the_badge_as_the_holder_presented_it()
    {
        using var issuer = new OutsideIssuerKeys("https://badges-console.example/issuer");
        var credential = OutsideDocuments.Badge(issuer.IssuerId);
        credential["credentialSubject"]!["achievement"]!["achievementType"] = "Course";
        var badge = OutsideIssuerKeys.Sign(OutsideDocuments.Ob3Payload(credential), new JsonObject { ["alg"] = "ES256", ["jwk"] = issuer.EcJwk() },
            input => issuer.EcKey.SignData(input, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        var university = new RecognitionService.RecognitionServiceClient(fixture.Hub.CreateChannel(fixture.Hub.Token(new HubTokenRequest("admissions", HubRoles.Institution, "UA-KNU"))));
        var request = Federation.CrossBorderRequests.Course("web-outside-" + Guid.NewGuid().ToString("N")[..8], "UA-KNU", new SharedCredentialRef());
        request.Request.Credentials[0] = new CredentialSource { Outside = new OutsideCredential { Format = ContentType.VcJwt, Document = ByteString.CopyFromUtf8(badge) } };
        var submitted = await university.SubmitRecognitionRequestAsync(request);
        await Eventually.True(async () => (await fixture.CaseAsync(submitted.CaseId)).Status == CaseStatus.InReview, TimeSpan.FromSeconds(30),
            $"Case {submitted.CaseId} was not referred to an officer.");

        using var officer = new WebSession(fixture.Hub);
        var casePage = await SignInAsync(officer, $"/console/cases/{submitted.CaseId}", "ua-officer", "ua-officer-Demo2026");
        Assert.Contains("Needs an officer's judgement", WebUtility.HtmlDecode(casePage.Html), StringComparison.Ordinal);
        Assert.Contains("?handler=document&amp;index=0", casePage.Html, StringComparison.Ordinal);
        var download = await officer.GetAsync($"/console/cases/{submitted.CaseId}?handler=document&index=0");
        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal(badge, download.Html);

        using var stranger = new WebSession(fixture.Hub);
        var refused = await stranger.GetAsync($"/console/cases/{submitted.CaseId}?handler=document&index=0");
        Assert.NotEqual(badge, refused.Html);
        Assert.Equal("/account/login", refused.Address.AbsolutePath, ignoreCase: true);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/console/cases/{submitted.CaseId}?handler=document&index=1")).Status);
    }
}
