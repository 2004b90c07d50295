namespace Exchange.Hub.Federation.Peers;

/// <summary>A peer hub this hub trusts: its id, country, where to call it, and its pinned keys.</summary>
/// <remarks><see cref="DescriptorSequence"/> is the sequence of the last accepted signed descriptor (0 while only
/// the federation file's pins are known); an older or equal descriptor never replaces a newer one.</remarks>
public sealed record PinnedPeer(string HubId, string Country, Uri GrpcEndpoint, IReadOnlyList<PinnedKey> Keys, long DescriptorSequence = 0)
{
    /// <summary>Pins of the TLS keys this peer may present (from the federation file; a descriptor never changes
    /// them); empty only for a plaintext loopback peer in development.</summary>
    public IReadOnlyList<string> TlsKeyPins { get; init; } = [];

    /// <summary>Public address of the peer's web pages (from its descriptor, else its federation file entry); share
    /// links for that hub open there. Null while neither has said.</summary>
    public Uri? WebUrl { get; init; }

    public PinnedKey? FindKey(string keyId) => Keys.FirstOrDefault(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
}
