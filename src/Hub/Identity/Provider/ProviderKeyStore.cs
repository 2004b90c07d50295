using System.Security.Cryptography;
using Exchange.Hub.Identity.Store;
using Exchange.Hub.Security;
using Microsoft.EntityFrameworkCore;

namespace Exchange.Hub.Identity.Provider;

/// <summary>
/// The provider's signing and encryption keys, shared by every silo of the hub through its database: the first silo
/// creates them, the others read them. Two silos starting at once both try to insert; the primary key lets one win
/// and the other reads the winner's. Keys are wrapped with the keys folder's key-encryption key
/// (<see cref="CustodialKeyProtector"/>), which every silo of a hub shares.
/// </summary>
internal sealed class ProviderKeyStore(IServiceScopeFactory scopes, CustodialKeyProtector protector, TimeProvider time)
{
    // The wrapping is bound to this owner name and the key id, so a wrapped key moved to another row does not unwrap.
    private const string Owner = "identity-provider";

    private readonly Lazy<Task<ProviderKeys>> _keys = new(() => LoadOrCreateAsync(scopes, protector, time));

    /// <summary>The keys; loaded (or created) once, at the first use.</summary>
    public ProviderKeys Keys => _keys.Value.GetAwaiter().GetResult();

    public Task<ProviderKeys> LoadAsync() => _keys.Value;

    private static async Task<ProviderKeys> LoadOrCreateAsync(IServiceScopeFactory scopes, CustodialKeyProtector protector, TimeProvider time)
    {
        using var signing = RSA.Create(2048);
        var signingRow = await EnsureAsync(scopes, protector, time, ProviderKeyPurpose.Signing, signing.ExportPkcs8PrivateKey());
        var encryptionRow = await EnsureAsync(scopes, protector, time, ProviderKeyPurpose.Encryption, RandomNumberGenerator.GetBytes(32));
        var rsaPkcs8 = protector.Unwrap(Owner, signingRow.KeyId, Convert.FromBase64String(signingRow.WrappedKey));
        try
        {
            // The AES key stays referenced by its security key; the RSA bytes are only needed to import.
            return ProviderKeys.From(signingRow.KeyId, rsaPkcs8,
                encryptionRow.KeyId, protector.Unwrap(Owner, encryptionRow.KeyId, Convert.FromBase64String(encryptionRow.WrappedKey)));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(rsaPkcs8);
        }
    }

    private static async Task<ProviderKey> EnsureAsync(IServiceScopeFactory scopes, CustodialKeyProtector protector, TimeProvider time, string purpose, byte[] candidate)
    {
        try
        {
            if (await FindAsync(scopes, purpose) is { } existing)
            {
                return existing;
            }

            var keyId = $"{purpose}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
            var row = new ProviderKey
            {
                Purpose = purpose,
                KeyId = keyId,
                WrappedKey = Convert.ToBase64String(protector.Wrap(Owner, keyId, candidate)),
                CreatedTicks = time.GetUtcNow().UtcTicks,
            };
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            db.ProviderKeys.Add(row);
            try
            {
                await db.SaveChangesAsync();
                return row;
            }
            catch (DbUpdateException)
            {
                // Another silo created it first: theirs is the key of the hub.
                return await FindAsync(scopes, purpose)
                    ?? throw new InvalidOperationException($"The provider's {purpose} key could be neither stored nor read.");
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(candidate);
        }
    }

    private static async Task<ProviderKey?> FindAsync(IServiceScopeFactory scopes, string purpose)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        return await db.ProviderKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Purpose == purpose);
    }
}
