namespace Exchange.Hub.Signing.KeyRing;

/// <summary>
/// The rules of changing a hub's key ring, apart from files and clocks so they can be specified alone. A rotation
/// retires the active key with a short handover (a hub still running on it keeps attesting validly until it is
/// restarted) and makes the new key active from now. A revocation ends a key's window at a cut-off date: what it
/// signed before still verifies, nothing dated after it does; an active key revoked is replaced at once.
/// </summary>
public static class KeyRingChanges
{
    /// <summary>How long a retired key still signs validly after a rotation: the time to restart every silo. Equal to
    /// the descriptor freshness window, so peers hear of the new key before the old one stops.</summary>
    public static readonly TimeSpan Handover = TimeSpan.FromMinutes(10);

    public static KeyRingDocument Rotate(KeyRingDocument ring, HubKeyKind kind, HubKeyEntry replacement, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ring);
        ArgumentNullException.ThrowIfNull(replacement);
        if (ring.Find(replacement.KeyId) is not null)
        {
            throw new InvalidOperationException($"Key {replacement.KeyId} is already in the key ring.");
        }

        var active = ring.ActiveOf(kind);
        var keys = ring.Of(kind)
            .Select(k => k == active ? k with { Status = HubKeyStatus.Retired, NotAfter = now + Handover, Reason = "rotated" } : k)
            .Append(replacement with { Status = HubKeyStatus.Active, NotBefore = now, NotAfter = null, RevokedAt = null })
            .ToList();
        return ring.With(kind, keys);
    }

    /// <param name="replacement">The key that takes over when the revoked key is the active one; ignored otherwise.</param>
    public static KeyRingDocument Revoke(
        KeyRingDocument ring, string keyId, DateTimeOffset cutOff, string reason, Func<HubKeyKind, HubKeyEntry> replacement, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ring);
        ArgumentNullException.ThrowIfNull(replacement);
        var revoked = ring.Find(keyId) ?? throw new InvalidOperationException($"Key {keyId} is not in the key ring.");
        if (revoked.Status == HubKeyStatus.Revoked)
        {
            throw new InvalidOperationException($"Key {keyId} is already revoked (cut-off {revoked.RevokedAt:O}).");
        }

        var kind = ring.KindOf(keyId);
        var keys = ring.Of(kind)
            .Select(k => k == revoked ? k with { Status = HubKeyStatus.Revoked, RevokedAt = cutOff, Reason = reason } : k)
            .ToList();
        if (revoked.Status == HubKeyStatus.Active)
        {
            var successor = replacement(kind);
            keys.Add(successor with { Status = HubKeyStatus.Active, NotBefore = now, NotAfter = null, RevokedAt = null });
        }

        return ring.With(kind, keys);
    }
}
