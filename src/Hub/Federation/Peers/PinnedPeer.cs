namespace Exchange.Hub.Federation.Peers;

/// <summary>A peer hub this hub trusts: its id, country, where to call it, and its pinned keys.</summary>
public sealed record PinnedPeer(string HubId, string Country, Uri GrpcEndpoint, IReadOnlyList<PinnedKey> Keys)
{
    public PinnedKey? FindKey(string keyId) => Keys.FirstOrDefault(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
}
