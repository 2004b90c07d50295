using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Tests.Publishing;

/// <summary>A verifier's reading of what the hub publishes, written from RFC 7515/7517 rather than with the hub's
/// code: the compact JWS verified with the ES256 key of the JWKS its header names.</summary>
public static class PublishedJws
{
    /// <summary>The header and payload once the signature verifies with the named key; fails the test otherwise.</summary>
    public static (JsonObject Header, JsonObject Payload) Verify(string jws, JsonNode jwks)
    {
        var parts = jws.Split('.');
        Assert.Equal(3, parts.Length);
        var header = JsonNode.Parse(Base64UrlEncoder.Decode(parts[0]))!.AsObject();
        Assert.Equal("ES256", header["alg"]!.GetValue<string>());
        var kid = header["kid"]!.GetValue<string>();
        var jwk = jwks["keys"]!.AsArray().SingleOrDefault(k => k!["kid"]!.GetValue<string>() == kid)
            ?? throw new Xunit.Sdk.XunitException($"The JWKS has no key {kid}.");
        using var key = KeyOf(jwk);
        var valid = key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64UrlEncoder.DecodeBytes(parts[2]), HashAlgorithmName.SHA256);
        Assert.True(valid, $"The signature does not verify with key {kid} of the JWKS.");
        return (header, JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject());
    }

    public static ECDsa KeyOf(JsonNode jwk) => ECDsa.Create(new ECParameters
    {
        Curve = ECCurve.NamedCurves.nistP256,
        Q = new ECPoint { X = Base64UrlEncoder.DecodeBytes(jwk["x"]!.GetValue<string>()), Y = Base64UrlEncoder.DecodeBytes(jwk["y"]!.GetValue<string>()) },
    });
}
