using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Hosting;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.Extensions.Configuration;

namespace Exchange.Hub.Tests.Publishing;

/// <summary>Which keys the hub publishes and in what form.</summary>
public sealed class HubJwksSpecs : IDisposable
{
    private readonly string _keys = Path.Combine(Path.GetTempPath(), "exchange-tests", "jwks-keys-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_active_attestation_key_is_published_as_a_public_P256_signing_key_with_its_kid()
    {
        using var ring = new HubKeyRing("hub-ua", _keys);

        var key = Assert.Single(HubJwks.Build(ring)["keys"]!.AsArray())!.AsObject();

        Assert.Equal(["kty", "crv", "x", "y", "kid", "use", "alg"], key.Select(p => p.Key));
        Assert.Equal(("EC", "P-256", "sig", "ES256", ring.AttestationKeyId),
            (key["kty"]!.GetValue<string>(), key["crv"]!.GetValue<string>(), key["use"]!.GetValue<string>(), key["alg"]!.GetValue<string>(), key["kid"]!.GetValue<string>()));
        using var published = PublishedJws.KeyOf(key);
        Assert.Equal(ring.AttestationKey.ExportSubjectPublicKeyInfo(), published.ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public void Retired_keys_stay_published_revoked_ones_go_and_token_keys_never_appear()
    {
        string first;
        using (var ring = new HubKeyRing("hub-ua", _keys))
        {
            first = ring.AttestationKeyId;
        }

        Keys("rotate", "--which", "attestation");
        Keys("rotate", "--which", "attestation");
        Keys("rotate", "--which", "tokens");
        Keys("revoke", "--key-id", first, "--cut-off", "2026-01-01T00:00:00Z");
        using var rotated = new HubKeyRing("hub-ua", _keys);

        var kids = HubJwks.Build(rotated)["keys"]!.AsArray().Select(k => k!["kid"]!.GetValue<string>()).ToList();

        var expected = rotated.Attestations.Where(a => a.Entry.Status != HubKeyStatus.Revoked).Select(a => a.Entry.KeyId).ToList();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, kids);
        Assert.Contains(rotated.AttestationKeyId, kids);
        Assert.DoesNotContain(first, kids);
        Assert.DoesNotContain(rotated.TokenKeys, t => kids.Contains(t.Entry.KeyId));
    }

    public void Dispose()
    {
        if (Directory.Exists(_keys))
        {
            Directory.Delete(_keys, recursive: true);
        }
    }

    private void Keys(params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Hub:HubId"] = "hub-ua", ["Hub:KeysFolder"] = _keys }).Build();
        Assert.Equal(0, KeysCommand.Run(["keys", .. args], configuration, "/", TimeProvider.System));
    }
}
