using Exchange.Hub.Credentials.Publishing;

namespace Exchange.Hub.Tests.Publishing;

/// <summary>The list credential as VC 2.0 and the Bitstring Status List describe it, with JWT claims that agree.</summary>
public sealed class StatusListCredentialSpecs
{
    [Fact]
    public void A_list_is_a_BitstringStatusListCredential_of_the_hub_valid_for_one_day_with_matching_claims()
    {
        var url = new Uri("https://hub-ua.example/status/credentials/1");
        var encoded = BitstringStatusList.Encode([23]);

        var payload = StatusListCredential.Build("https://hub-ua.example", url, encoded, new DateTimeOffset(2026, 12, 7, 12, 0, 0, 250, TimeSpan.Zero));

        Assert.Equal("https://www.w3.org/ns/credentials/v2", payload["@context"]![0]!.GetValue<string>());
        Assert.Equal(["VerifiableCredential", "BitstringStatusListCredential"], payload["type"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(url.AbsoluteUri, payload["id"]!.GetValue<string>());
        Assert.Equal("https://hub-ua.example", payload["issuer"]!.GetValue<string>());
        Assert.Equal("2026-12-07T12:00:00Z", payload["validFrom"]!.GetValue<string>());
        Assert.Equal("2026-12-08T12:00:00Z", payload["validUntil"]!.GetValue<string>());
        var subject = payload["credentialSubject"]!;
        Assert.Equal(url.AbsoluteUri + "#list", subject["id"]!.GetValue<string>());
        Assert.Equal("BitstringStatusList", subject["type"]!.GetValue<string>());
        Assert.Equal("revocation", subject["statusPurpose"]!.GetValue<string>());
        Assert.Equal(encoded, subject["encodedList"]!.GetValue<string>());
        Assert.Equal(
            ("https://hub-ua.example", url.AbsoluteUri, url.AbsoluteUri + "#list"),
            (payload["iss"]!.GetValue<string>(), payload["jti"]!.GetValue<string>(), payload["sub"]!.GetValue<string>()));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), payload["nbf"]!.GetValue<long>());
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 12, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), payload["exp"]!.GetValue<long>());
    }
}
