using System.Net;
using System.Text.Json.Nodes;
using Exchange.Contracts.V1;
using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Security;
using Exchange.Hub.Security.Transport;
using Exchange.Hub.Signing.KeyRing;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Publishing;
using Exchange.Hub.Tests.Registry;

namespace Exchange.Hub.Tests.Issuing;

/// <summary>What the hub publishes for verifiers outside the federation, fetched anonymously from the real hub: its
/// keys at /.well-known/jwks.json and its status lists at /status/{family}/{number}.</summary>
public sealed partial class IssuingApiSpecs
{
    [Fact]
    public async Task The_hub_publishes_its_active_attestation_key_anonymously_with_its_kid_and_no_private_member()
    {
        using var http = Hub.CreateHttpClient();

        using var response = await http.GetAsync(new Uri("/.well-known/jwks.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jwk-set+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(300), response.Headers.CacheControl?.MaxAge);
        var keys = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["keys"]!.AsArray();
        using var ring = new HubKeyRing(Hub.Settings.HubId, Hub.Settings.EffectiveKeysFolder);
        var key = Assert.Single(keys, k => k!["kid"]!.GetValue<string>() == ring.AttestationKeyId)!.AsObject();
        Assert.Equal(["alg", "crv", "kid", "kty", "use", "x", "y"], key.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.All(keys, k => Assert.Null(k!["d"]));
    }

    [Theory]
    [InlineData("/status/revocations/1")]
    [InlineData("/status/Credentials/1")]
    [InlineData("/status/credentials/0")]
    [InlineData("/status/credentials/one")]
    [InlineData("/status/credentials/4096")]
    [InlineData("/status/decisions/4096")]
    public async Task A_status_list_the_hub_does_not_have_is_a_404_with_a_google_rpc_status(string path)
    {
        using var http = Hub.CreateHttpClient();

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var status = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((int)Google.Rpc.Code.NotFound, status["code"]!.GetValue<int>());
        Assert.Equal("STATUS_LIST_NOT_FOUND", status["details"]![0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Revoking_an_exported_credential_sets_its_bit_in_the_served_list_as_NET_and_jose_read_it()
    {
        var institution = await RegisterIssuerAsync();
        var issuer = new IssuingService.IssuingServiceClient(Hub.CreateChannel(fixture.Token(new HubTokenRequest("i-st", HubRoles.Institution, institution, null, false))));
        var learner = new IssuingService.IssuingServiceClient(Hub.CreateChannel(fixture.Token(new HubTokenRequest("l-st", HubRoles.Learner, null, "L-API-ST", false))));
        var id = (await issuer.IssueCredentialAsync(Samples.IssueRequest(institution, "L-API-ST", "api-st"))).Credential.CredentialId;
        var export = await learner.ExportCredentialAsync(new ExportCredentialRequest { CredentialId = id, Format = ContentType.VcJwt });
        var exported = JsonNode.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(export.Document.ToStringUtf8().Split('.')[1]))!;
        var entry = exported["credentialStatus"]!;
        var listUrl = new Uri(entry["statusListCredential"]!.GetValue<string>());
        var index = int.Parse(entry["statusListIndex"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        using var http = Hub.CreateHttpClient();
        var jwksUrl = new Uri(listUrl, "/.well-known/jwks.json");
        Assert.False(await ServedBitAsync(http, listUrl, jwksUrl, index));

        await issuer.RevokeCredentialAsync(new RevokeCredentialRequest { CredentialId = id, ReasonCode = "fraud" });

        Assert.True(await ServedBitAsync(http, listUrl, jwksUrl, index));
        var certificate = Path.Combine(Hub.Settings.EffectiveKeysFolder, ServerCertificate.CertificateFileName);
        var jose = await NodeScripts.RunTrustingAsync(certificate, "status-bit.mjs", listUrl.AbsoluteUri, jwksUrl.AbsoluteUri, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(jose.ExitCode == 0, jose.ToString());
        Assert.Equal("set", jose.StdOut.Trim());
    }

    /// <summary>The entry as a .NET verifier reads the list: fetched from the URL the credential names, the signature
    /// checked with the key of the hub's JWKS its header names.</summary>
    private static async Task<bool> ServedBitAsync(HttpClient http, Uri listUrl, Uri jwksUrl, int index)
    {
        using var response = await http.GetAsync(listUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(VcJwtSigner.MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl?.MaxAge);
        var jwks = JsonNode.Parse(await http.GetStringAsync(jwksUrl))!;
        var (_, payload) = PublishedJws.Verify(await response.Content.ReadAsStringAsync(), jwks);
        Assert.Equal(listUrl.AbsoluteUri, payload["id"]!.GetValue<string>());
        Assert.Equal(listUrl.GetLeftPart(UriPartial.Authority), payload["issuer"]!.GetValue<string>());
        var bits = BitstringStatusList.Decode(payload["credentialSubject"]!["encodedList"]!.GetValue<string>());
        return BitstringStatusList.IsSet(bits, index);
    }
}
