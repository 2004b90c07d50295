using System.Net;
using System.Text.Json.Nodes;
using Exchange.Hub.Signing.KeyRing;

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
}
