using System.Security.Cryptography;

namespace Exchange.Hub.Federation.Peers;

/// <summary>A peer hub's public key as pinned by this hub's national centre, with the window in which
/// signatures made with it are accepted.</summary>
public sealed record PinnedKey(string KeyId, ECDsa PublicKey, DateTimeOffset ValidFrom, DateTimeOffset? ValidUntil)
{
    public bool IsValidAt(DateTimeOffset instant) => instant >= ValidFrom && (ValidUntil is null || instant < ValidUntil);
}
