using System.Security.Claims;
using System.Security.Cryptography;
using Exchange.Hub.Security;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Tests.Security;

/// <summary>When the hub answers a bearer token from its cache of validated tokens, and when it validates in full.</summary>
public sealed class ValidatedTokenCacheSpecs : IDisposable
{
    private readonly ECDsa _hubKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly ECDsa _otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly ValidatedTokenCache _cache;
    private readonly CachingJsonWebTokenHandler _handler;

    public ValidatedTokenCacheSpecs()
    {
        _cache = new ValidatedTokenCache(_clock, capacity: 10);
        _handler = new CachingJsonWebTokenHandler(_cache) { MapInboundClaims = false };
    }

    [Fact]
    public async Task A_token_validated_once_is_answered_from_the_cache_until_it_expires()
    {
        var token = Token("KZ-UNIVERSITY-001", TimeSpan.FromHours(1));
        Assert.True((await _handler.ValidateTokenAsync(token, Parameters(_hubKey))).IsValid);

        // Parameters that would refuse it now: the answer can only have come from the cache.
        var cached = await _handler.ValidateTokenAsync(token, Parameters(_otherKey));
        Assert.True(cached.IsValid);
        Assert.Equal("KZ-UNIVERSITY-001", cached.ClaimsIdentity.FindFirst(HubClaims.Institution)?.Value);

        _clock.Advance(TimeSpan.FromHours(1));
        Assert.False((await _handler.ValidateTokenAsync(token, Parameters(_otherKey))).IsValid);
    }

    [Fact]
    public async Task A_token_that_differs_from_a_cached_one_in_any_character_is_validated_in_full()
    {
        var token = Token("KZ-UNIVERSITY-001", TimeSpan.FromHours(1));
        Assert.True((await _handler.ValidateTokenAsync(token, Parameters(_hubKey))).IsValid);

        var forged = Token("KZ-UNIVERSITY-002", TimeSpan.FromHours(1), _otherKey);
        var resigned = string.Join('.', forged.Split('.')[..2].Append(token.Split('.')[2]));

        Assert.False((await _handler.ValidateTokenAsync(forged, Parameters(_hubKey))).IsValid);
        Assert.False((await _handler.ValidateTokenAsync(resigned, Parameters(_hubKey))).IsValid);
        Assert.Equal(1, _cache.Count);
    }

    [Fact]
    public async Task A_refused_token_is_not_kept()
    {
        var token = Token("KZ-UNIVERSITY-001", TimeSpan.FromHours(1), _otherKey);

        Assert.False((await _handler.ValidateTokenAsync(token, Parameters(_hubKey))).IsValid);
        Assert.Equal(0, _cache.Count);
    }

    [Fact]
    public async Task Each_answer_carries_its_own_copy_of_the_identity()
    {
        var token = Token("KZ-UNIVERSITY-001", TimeSpan.FromHours(1));
        await _handler.ValidateTokenAsync(token, Parameters(_hubKey));

        var first = _cache.Find(token)!.ClaimsIdentity;
        first.AddClaim(new Claim(HubClaims.Role, HubRoles.Admin));
        var second = _cache.Find(token)!.ClaimsIdentity;

        Assert.NotSame(first, second);
        Assert.DoesNotContain(second.Claims, c => c.Type == HubClaims.Role && c.Value == HubRoles.Admin);
    }

    [Fact]
    public async Task The_cache_stays_within_its_capacity()
    {
        for (var i = 0; i < 25; i++)
        {
            Assert.True((await _handler.ValidateTokenAsync(Token($"KZ-UNIVERSITY-{i:000}", TimeSpan.FromMinutes(10 + i)), Parameters(_hubKey))).IsValid);
        }

        Assert.InRange(_cache.Count, 1, 10);
    }

    public void Dispose()
    {
        _hubKey.Dispose();
        _otherKey.Dispose();
        _cache.Dispose();
    }

    private string Token(string institutionId, TimeSpan lifetime, ECDsa? key = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "hub-kz",
            Audience = "hub-kz",
            Subject = new ClaimsIdentity([new Claim("sub", "admissions"), new Claim(HubClaims.Role, HubRoles.Institution), new Claim(HubClaims.Institution, institutionId)]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key ?? _hubKey), SecurityAlgorithms.EcdsaSha256),
        });
    }

    private static TokenValidationParameters Parameters(ECDsa key) => new()
    {
        ValidIssuer = "hub-kz",
        ValidAudience = "hub-kz",
        IssuerSigningKey = new ECDsaSecurityKey(key) { CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false } },
        ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
    };
}
