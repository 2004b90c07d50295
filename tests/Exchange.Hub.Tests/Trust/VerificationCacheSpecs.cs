using Exchange.Hub.Credentials;
using Microsoft.Extensions.Time.Testing;

namespace Exchange.Hub.Tests.Trust;

/// <summary>When a cached verification of a peer's credential is reused, and when it is not.</summary>
public sealed class VerificationCacheSpecs : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly VerificationCache _cache;

    public VerificationCacheSpecs() => _cache = new VerificationCache(_clock);

    [Fact]
    public void The_same_share_code_and_recipient_reuse_the_verification_while_it_is_fresh()
    {
        var resolved = Resolved("UA-1");
        _cache.Store("hub-ua", "UA-1", "code-1", "KZ-UNI", resolved, Now.AddMinutes(5), _cache.EvictionStamp("hub-ua"));

        Assert.Same(resolved, _cache.Find("hub-ua", "UA-1", "code-1", "KZ-UNI"));
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(_cache.Find("hub-ua", "UA-1", "code-1", "KZ-UNI"));
    }

    [Theory]
    [InlineData("hub-ua", "UA-1", "other-code", "KZ-UNI")]
    [InlineData("hub-ua", "UA-1", "code-1", "KZ-OTHER")]
    [InlineData("hub-lv", "UA-1", "code-1", "KZ-UNI")]
    [InlineData("hub-ua", "UA-2", "code-1", "KZ-UNI")]
    public void Another_share_code_recipient_hub_or_credential_is_not_served_from_the_cache(string hubId, string credentialId, string shareCode, string recipientId)
    {
        _cache.Store("hub-ua", "UA-1", "code-1", "KZ-UNI", Resolved("UA-1"), Now.AddMinutes(5), _cache.EvictionStamp("hub-ua"));

        Assert.Null(_cache.Find(hubId, credentialId, shareCode, recipientId));
    }

    [Fact]
    public void A_revocation_notice_evicts_the_credential_and_a_key_revocation_every_credential_of_the_hub()
    {
        Store("UA-1");
        Store("UA-2");
        Store("UA-3");

        _cache.Evict("hub-ua", "UA-1");
        Assert.Null(_cache.Find("hub-ua", "UA-1", "code", "KZ-UNI"));
        Assert.NotNull(_cache.Find("hub-ua", "UA-2", "code", "KZ-UNI"));

        _cache.EvictHub("hub-ua");
        Assert.Equal(0, _cache.Count);
    }

    [Fact]
    public void A_verification_under_way_when_a_notice_arrived_is_not_stored()
    {
        var stampBeforeResolving = _cache.EvictionStamp("hub-ua");
        _cache.Evict("hub-ua", "UA-1");

        _cache.Store("hub-ua", "UA-1", "code", "KZ-UNI", Resolved("UA-1"), Now.AddMinutes(5), stampBeforeResolving);

        Assert.Null(_cache.Find("hub-ua", "UA-1", "code", "KZ-UNI"));
    }

    [Fact]
    public void The_cache_never_grows_beyond_its_capacity()
    {
        for (var i = 0; i < VerificationCache.Capacity + 50; i++)
        {
            Store("UA-" + i, expiresIn: TimeSpan.FromMinutes(1 + (i % 5)));
        }

        Assert.True(_cache.Count <= VerificationCache.Capacity, $"{_cache.Count} entries");
    }

    public void Dispose() => _cache.Dispose();

    private void Store(string credentialId, TimeSpan? expiresIn = null) =>
        _cache.Store("hub-ua", credentialId, "code", "KZ-UNI", Resolved(credentialId), Now + (expiresIn ?? TimeSpan.FromMinutes(5)), _cache.EvictionStamp("hub-ua"));

    private static ResolvedCredential Resolved(string credentialId) =>
        new(new SignedEnvelope([], [], []), new CredentialVerification(credentialId, "hub-ua", [], Now, Now.AddMinutes(5)), "UA", null);
}
