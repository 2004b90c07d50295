using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Exchange.Hub.Caching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Security;

/// <summary>
/// Bearer tokens this hub has already validated, until each token's own expiry. A university's system sends the same
/// token with every request for hours; checking its ES256 signature again each time cost about a tenth of a
/// cross-border case. An entry is found only for the exact same token text (kept as its SHA-256, not the token), so
/// a changed claim or signature is validated afresh; only successful validations are kept. Bounded
/// (<see cref="BoundedMemoryCache"/>).
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider time, int capacity = ValidatedTokenCache.DefaultCapacity) : IDisposable
{
    public const int DefaultCapacity = 10_000;

    private readonly MemoryCache _entries = BoundedMemoryCache.Create(capacity, time);

    public int Count => _entries.Count;

    /// <summary>The validation of this exact token done earlier (with a copy of its identity), or null when there is
    /// none or the token has expired since.</summary>
    public TokenValidationResult? Find(string token)
    {
        // The cache's clock is the TimeProvider: an entry past the token's expiry is not found.
        if (!_entries.TryGetValue(TokenKey.Of(token), out Entry? entry) || entry is null)
        {
            return null;
        }

        // Callers may add claims to the principal they build; the kept identity stays as it was validated.
        return new TokenValidationResult { IsValid = true, ClaimsIdentity = entry.Identity.Clone(), SecurityToken = entry.Token };
    }

    /// <summary>Keeps a successful validation until the token's own expiry.</summary>
    public void Store(string token, TokenValidationResult validated)
    {
        ArgumentNullException.ThrowIfNull(validated);
        if (!validated.IsValid || validated.ClaimsIdentity is not { } identity || validated.SecurityToken is not { } securityToken)
        {
            return;
        }

        var expiresAt = new DateTimeOffset(DateTime.SpecifyKind(securityToken.ValidTo, DateTimeKind.Utc));
        if (expiresAt <= time.GetUtcNow())
        {
            return;
        }

        _entries.Store(TokenKey.Of(token), new Entry(identity.Clone(), securityToken), expiresAt);
    }

    public void Dispose() => _entries.Dispose();

    private sealed record Entry(ClaimsIdentity Identity, SecurityToken Token);

    private readonly record struct TokenKey(UInt128 High, UInt128 Low)
    {
        public static TokenKey Of(string token)
        {
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            var length = Encoding.UTF8.GetMaxByteCount(token.Length);
            Span<byte> bytes = length <= 4096 ? stackalloc byte[length] : new byte[length];
            SHA256.HashData(bytes[..Encoding.UTF8.GetBytes(token, bytes)], digest);
            return new TokenKey(
                System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest),
                System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest[16..]));
        }
    }
}
