using System.Security.Claims;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Exchange.Hub.Security;
using Exchange.Hub.Signing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Benchmarks;

/// <summary>
/// The lookups the hub does on every request in its caches: a registered institution key (once per envelope) and a
/// bearer token validated earlier (once per call). They decide whether a general-purpose cache costs the hot path.
/// </summary>
public class CacheLookupBenchmarks : IDisposable
{
    private readonly ECDsa _key = Es256.CreateKey();
    private byte[] _spki = null!;
    private string _token = null!;
    private ValidatedTokenCache _tokens = null!;

    [GlobalSetup]
    public void Setup()
    {
        _spki = _key.ExportSubjectPublicKeyInfo();
        var handler = new JsonWebTokenHandler { MapInboundClaims = false };
        var signingKey = new ECDsaSecurityKey(_key);
        _token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "hub-kz",
            Audience = "hub-kz",
            Subject = new ClaimsIdentity([new Claim("sub", "admissions")]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.EcdsaSha256),
        });
        var validated = handler.ValidateTokenAsync(_token, new TokenValidationParameters
        {
            ValidIssuer = "hub-kz",
            ValidAudience = "hub-kz",
            IssuerSigningKey = signingKey,
        }).GetAwaiter().GetResult();
        _tokens = new ValidatedTokenCache(TimeProvider.System);
        _tokens.Store(_token, validated);
        if (RegisteredKey() is null || ValidatedToken() is null)
        {
            throw new InvalidOperationException("The lookups do not hit the cache.");
        }
    }

    [Benchmark(Description = "PublicKeyCache.Get (registered key, cached)")]
    public ECDsa RegisteredKey() => PublicKeyCache.Get(_spki);

    [Benchmark(Description = "ValidatedTokenCache.Find (token validated earlier)")]
    public TokenValidationResult? ValidatedToken() => _tokens.Find(_token);

    [GlobalCleanup]
    public void Dispose()
    {
        _key.Dispose();
        _tokens.Dispose();
        GC.SuppressFinalize(this);
    }
}
