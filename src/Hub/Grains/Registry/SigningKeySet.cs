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
    /// <param name="acceptOutsideKeys">Whether an RSA key (RS256, at least 2048 bits) or an Ed25519 key (EdDSA) may be
    /// registered: only for an institution with outside issuer ids, whose outside credentials it verifies.</param>
    /// <param name="wrap">Wraps a generated custodial key's PKCS#8 bytes (given its key id) for storage; the clear
    /// bytes are cleared afterwards and never kept.</param>
    public static (IReadOnlyList<SigningKey> Keys, SigningKey Added) Add(
        IReadOnlyList<SigningKey> keys, NewSigningKey request, DateTimeOffset now, Func<string, byte[], byte[]> wrap, bool acceptOutsideKeys = false)
    {
        if (keys.Any(k => k.KeyId == request.KeyId))
        {
            throw new HubException(ErrorKind.AlreadyExists, "KEY_ID_TAKEN", $"Key id {request.KeyId} is already registered.", "key.key_id");
        }

        byte[] spki;
        byte[]? wrapped = null;
        var kind = PublicKeyKind.Es256;
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
            var detected = PublicKeyAlgorithm.Of(spki);
            kind = detected switch
            {
                PublicKeyKind.Es256 => detected,
                PublicKeyKind.Rs256 or PublicKeyKind.EdDsa when acceptOutsideKeys => detected,
                PublicKeyKind.Rs256 => throw new HubException(ErrorKind.InvalidArgument, "INVALID_KEY",
                    "RSA keys are registered only for institutions with outside issuer ids (they verify credentials those issue); envelopes are signed with P-256 keys.", "key.spki_der"),
                PublicKeyKind.EdDsa => throw new HubException(ErrorKind.InvalidArgument, "INVALID_KEY",
                    "Ed25519 keys are registered only for institutions with outside issuer ids (they verify the Data Integrity proofs of credentials those issue); envelopes are signed with P-256 keys.", "key.spki_der"),
                _ => throw new HubException(ErrorKind.InvalidArgument, "INVALID_KEY", acceptOutsideKeys
                    ? $"The key is neither a P-256, an Ed25519 nor an RSA public key of at least {PublicKeyAlgorithm.MinimumRsaBits} bits (DER SubjectPublicKeyInfo)."
                    : "The key is not a P-256 public key (DER SubjectPublicKeyInfo).", "key.spki_der"),
            };
        }

        // Activation is per algorithm: an RSA or Ed25519 key never stands in for the P-256 key envelopes are signed with.
        var hasActive = keys.Any(k => k.Status == SigningKeyStatus.Active && k.Kind == kind);
        var status = request.Activate || !hasActive ? SigningKeyStatus.Active : SigningKeyStatus.Pending;
        var added = new SigningKey(request.KeyId, spki, request.NotBefore, request.NotAfter, status, now, WrappedPrivateKey: wrapped,
            Rsa: kind == PublicKeyKind.Rs256, Ed25519: kind == PublicKeyKind.EdDsa);
        return ([.. keys, added], added);
    }

    public static (IReadOnlyList<SigningKey> Keys, SigningKey Retired) Retire(IReadOnlyList<SigningKey> keys, string keyId, string? reason, DateTimeOffset now)
    {
        var key = Find(keys, keyId);
        if (key.Status is SigningKeyStatus.Revoked or SigningKeyStatus.Retired)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "KEY_NOT_VALID", $"Key {keyId} is already {key.Status.ToString().ToLowerInvariant()}.", "key_id");
        }

        if (!keys.Any(k => k.KeyId != keyId && k.Kind == key.Kind && k.Status is SigningKeyStatus.Active or SigningKeyStatus.Pending))
        {
            throw new HubException(ErrorKind.FailedPrecondition, "KEY_NOT_VALID",
                $"Key {keyId} is the institution's only usable key; add its successor before retiring it.", "key_id");
        }

        var closesAt = key.NotAfter is { } end && end < now ? end : now;
        var retired = key with { Status = SigningKeyStatus.Retired, NotAfter = closesAt, StatusReason = reason };
        return (PromoteIfNoneActive(Replace(keys, retired), retired.Kind), retired);
    }

    public static (IReadOnlyList<SigningKey> Keys, SigningKey Revoked) Revoke(IReadOnlyList<SigningKey> keys, string keyId, DateTimeOffset? revokedAt, string? reason, DateTimeOffset now)
    {
        var key = Find(keys, keyId);
        if (key.Status == SigningKeyStatus.Revoked)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "KEY_NOT_VALID", $"Key {keyId} is already revoked.", "key_id");
        }

        var revoked = key with { Status = SigningKeyStatus.Revoked, RevokedAt = revokedAt ?? now, StatusReason = reason, LegacyClearPkcs8 = null, WrappedPrivateKey = null };
        return (PromoteIfNoneActive(Replace(keys, revoked), revoked.Kind), revoked);
    }

    /// <summary>The key new envelope signatures are made with: the newest active P-256 key whose window contains <paramref name="now"/>.</summary>
    public static SigningKey? SigningKeyAt(IReadOnlyList<SigningKey> keys, DateTimeOffset now) =>
        keys.Where(k => k.Status == SigningKeyStatus.Active && k.Kind == PublicKeyKind.Es256 && k.InWindow(now)).MaxBy(k => k.AddedAt);

    private static SigningKey Find(IReadOnlyList<SigningKey> keys, string keyId) =>
        keys.FirstOrDefault(k => k.KeyId == keyId)
        ?? throw new HubException(ErrorKind.NotFound, "KEY_NOT_FOUND", $"The institution has no key {keyId}.", "key_id");

    private static List<SigningKey> Replace(IReadOnlyList<SigningKey> keys, SigningKey changed) =>
        [.. keys.Select(k => k.KeyId == changed.KeyId ? changed : k)];

    /// <summary>Rotation's second step: when the active key goes, the oldest pending successor takes over.</summary>
    private static List<SigningKey> PromoteIfNoneActive(List<SigningKey> keys, PublicKeyKind kind)
    {
        if (keys.Any(k => k.Status == SigningKeyStatus.Active && k.Kind == kind))
        {
            return keys;
        }

        var successor = keys.Where(k => k.Status == SigningKeyStatus.Pending && k.Kind == kind).MinBy(k => k.AddedAt);
        return successor is null ? keys : Replace(keys, successor with { Status = SigningKeyStatus.Active });
    }
}
