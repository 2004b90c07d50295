using System.Security.Cryptography;
using Exchange.Hub.Errors;
using Exchange.Hub.Signing;

namespace Exchange.Hub.Grains.Registry;

/// <summary>
/// The rotation rules of an institution's keys, as pure functions over the key list: a new key is added before an
/// old one is retired, retiring never leaves the institution without a usable key, a retired key's window closes
/// at retirement (old signatures stay valid, new ones are refused), and revocation invalidates signatures from
/// its instant on.
/// </summary>
public static class SigningKeySet
{
    /// <param name="wrap">Wraps a generated custodial key's PKCS#8 bytes (given its key id) for storage; the clear
    /// bytes are cleared afterwards and never kept.</param>
    public static (IReadOnlyList<SigningKey> Keys, SigningKey Added) Add(
        IReadOnlyList<SigningKey> keys, NewSigningKey request, DateTimeOffset now, Func<string, byte[], byte[]> wrap)
    {
        if (keys.Any(k => k.KeyId == request.KeyId))
        {
            throw new HubException(ErrorKind.AlreadyExists, "KEY_ID_TAKEN", $"Key id {request.KeyId} is already registered.", "key.key_id");
        }

        byte[] spki;
        byte[]? wrapped = null;
        if (request.GenerateCustodial)
        {
            using var key = Es256.CreateKey();
            spki = key.ExportSubjectPublicKeyInfo();
            var pkcs8 = key.ExportPkcs8PrivateKey();
            try
            {
                wrapped = wrap(request.KeyId, pkcs8);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(pkcs8);
            }
        }
        else
        {
            spki = request.SpkiDer ?? [];
            try
            {
                using var imported = Es256.ImportPublicKey(spki);
            }
            catch (CryptographicException)
            {
                throw new HubException(ErrorKind.InvalidArgument, "INVALID_KEY", "The key is not a P-256 public key (DER SubjectPublicKeyInfo).", "key.spki_der");
            }
        }

        var hasActive = keys.Any(k => k.Status == SigningKeyStatus.Active);
        var status = request.Activate || !hasActive ? SigningKeyStatus.Active : SigningKeyStatus.Pending;
        var added = new SigningKey(request.KeyId, spki, request.NotBefore, request.NotAfter, status, now, WrappedPrivateKey: wrapped);
        return ([.. keys, added], added);
    }

    public static (IReadOnlyList<SigningKey> Keys, SigningKey Retired) Retire(IReadOnlyList<SigningKey> keys, string keyId, string? reason, DateTimeOffset now)
    {
        var key = Find(keys, keyId);
        if (key.Status is SigningKeyStatus.Revoked or SigningKeyStatus.Retired)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "KEY_NOT_VALID", $"Key {keyId} is already {key.Status.ToString().ToLowerInvariant()}.", "key_id");
        }

        if (!keys.Any(k => k.KeyId != keyId && k.Status is SigningKeyStatus.Active or SigningKeyStatus.Pending))
        {
            throw new HubException(ErrorKind.FailedPrecondition, "KEY_NOT_VALID",
                $"Key {keyId} is the institution's only usable key; add its successor before retiring it.", "key_id");
        }

        var closesAt = key.NotAfter is { } end && end < now ? end : now;
        var retired = key with { Status = SigningKeyStatus.Retired, NotAfter = closesAt, StatusReason = reason };
        return (PromoteIfNoneActive(Replace(keys, retired)), retired);
    }

    public static (IReadOnlyList<SigningKey> Keys, SigningKey Revoked) Revoke(IReadOnlyList<SigningKey> keys, string keyId, DateTimeOffset? revokedAt, string? reason, DateTimeOffset now)
    {
        var key = Find(keys, keyId);
        if (key.Status == SigningKeyStatus.Revoked)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "KEY_NOT_VALID", $"Key {keyId} is already revoked.", "key_id");
        }

        var revoked = key with { Status = SigningKeyStatus.Revoked, RevokedAt = revokedAt ?? now, StatusReason = reason, LegacyClearPkcs8 = null, WrappedPrivateKey = null };
        return (PromoteIfNoneActive(Replace(keys, revoked)), revoked);
    }

    /// <summary>The key new signatures are made with: the newest active key whose window contains <paramref name="now"/>.</summary>
    public static SigningKey? SigningKeyAt(IReadOnlyList<SigningKey> keys, DateTimeOffset now) =>
        keys.Where(k => k.Status == SigningKeyStatus.Active && k.InWindow(now)).MaxBy(k => k.AddedAt);

    private static SigningKey Find(IReadOnlyList<SigningKey> keys, string keyId) =>
        keys.FirstOrDefault(k => k.KeyId == keyId)
        ?? throw new HubException(ErrorKind.NotFound, "KEY_NOT_FOUND", $"The institution has no key {keyId}.", "key_id");

    private static List<SigningKey> Replace(IReadOnlyList<SigningKey> keys, SigningKey changed) =>
        [.. keys.Select(k => k.KeyId == changed.KeyId ? changed : k)];

    /// <summary>Rotation's second step: when the active key goes, the oldest pending successor takes over.</summary>
    private static List<SigningKey> PromoteIfNoneActive(List<SigningKey> keys)
    {
        if (keys.Any(k => k.Status == SigningKeyStatus.Active))
        {
            return keys;
        }

        var successor = keys.Where(k => k.Status == SigningKeyStatus.Pending).MinBy(k => k.AddedAt);
        return successor is null ? keys : Replace(keys, successor with { Status = SigningKeyStatus.Active });
    }
}
