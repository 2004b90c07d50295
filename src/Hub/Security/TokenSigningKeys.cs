using Exchange.Hub.Signing.KeyRing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Security;

/// <summary>
/// The keys a bearer token of this hub may be signed with: every token key of the ring, each trusted only for tokens
/// issued inside its window. New tokens are signed by the active key; a token signed by a key retired since stays
/// valid until it expires; one signed by a revoked key is refused if it was issued after the cut-off.
/// </summary>
public static class TokenSigningKeys
{
    public static IReadOnlyList<SecurityKey> All(HubKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return [.. keys.TokenKeys.Select(k => (SecurityKey)For(k.Entry.KeyId, k.Key))];
    }

    /// <summary>The key new tokens are signed with: the active token key.</summary>
    public static ECDsaSecurityKey Active(HubKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return For(keys.TokenKeyId, keys.TokenKey);
    }

    /// <summary>Whether the token was issued inside the window of the key that signed it.</summary>
    public static bool IssuedInWindow(HubKeyRing keys, SecurityKey signingKey, SecurityToken token)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(signingKey);
        var entry = keys.TokenKeys.Select(k => k.Entry).FirstOrDefault(e => string.Equals(e.KeyId, signingKey.KeyId, StringComparison.Ordinal));
        if (entry is null || token is not JsonWebToken jwt)
        {
            return false;
        }

        // A token without iat cannot show it predates a retirement; the hub's own issuer always sets it.
        var issuedAt = jwt.IssuedAt == DateTime.MinValue ? (DateTimeOffset?)null : new DateTimeOffset(DateTime.SpecifyKind(jwt.IssuedAt, DateTimeKind.Utc));
        return issuedAt is { } at ? entry.IsValidAt(at) : entry.Status == HubKeyStatus.Active;
    }

    // IdentityModel caches signature providers process-wide by key id; a key ring disposed and loaded again (a
    // token command, a restarted test hub) would then sign with a disposed key. ECDSA providers are cheap to make.
    private static ECDsaSecurityKey For(string keyId, System.Security.Cryptography.ECDsa key) => new(key)
    {
        KeyId = keyId,
        CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
    };
}
