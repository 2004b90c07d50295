using Exchange.Contracts.V1;
using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Signing;
using Google.Protobuf;

namespace Exchange.Hub.Federation.Descriptors;

/// <summary>
/// Decides whether a peer's newly presented descriptor may replace what is pinned for it: same hub, issued within
/// <see cref="Freshness"/> of this hub's clock, a signature by a key pinned and valid <em>now</em>, and a higher
/// sequence. The signer chooses issued_at, so a key's window is judged at the verifier's time: a retired or revoked
/// key cannot vouch for a back-dated descriptor, and a captured descriptor is useless once stale. Passing these
/// rules the descriptor authenticates itself, whichever channel carried it (a Hello, its answer, a fetch).
/// </summary>
public static class DescriptorAcceptance
{
    /// <summary>How far issued_at may be from this hub's clock; the hub re-signs its own well inside it.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(10);

    /// <returns>The peer with the descriptor's keys pinned, or the unchanged peer when the descriptor is not newer.</returns>
    public static PinnedPeer Accept(PinnedPeer pinned, SignedHubDescriptor presented, DateTimeOffset now)
    {
        var (descriptor, issuedAt) = Decode(pinned, presented);
        if ((issuedAt - now).Duration() > Freshness)
        {
            throw new HubException(ErrorKind.PermissionDenied, "DESCRIPTOR_STALE",
                $"The descriptor of '{pinned.HubId}' was issued at {issuedAt:O}, more than {Freshness.TotalMinutes:0} minutes from now ({now:O}).");
        }

        RequireSignature(pinned, presented, key => key.IsValidAt(now) && key.IsValidAt(issuedAt), "valid now");
        return descriptor.Sequence <= pinned.DescriptorSequence ? pinned : Adopted(pinned, descriptor, issuedAt);
    }

    /// <summary>Replays a descriptor this hub accepted before a restart (from its own store, in order). It was fresh and
    /// vouched for by a key trusted when it was accepted; replayed later it is neither fresh nor, after a rotation, signed
    /// by a key valid now, so it must still chain from the keys pinned before it at its issue time.</summary>
    public static PinnedPeer Restore(PinnedPeer pinned, SignedHubDescriptor kept)
    {
        var (descriptor, issuedAt) = Decode(pinned, kept);
        RequireSignature(pinned, kept, key => key.IsValidAt(issuedAt), "valid when it was issued");
        return descriptor.Sequence <= pinned.DescriptorSequence ? pinned : Adopted(pinned, descriptor, issuedAt);
    }

    private static (HubDescriptor Descriptor, DateTimeOffset IssuedAt) Decode(PinnedPeer pinned, SignedHubDescriptor presented)
    {
        HubDescriptor descriptor;
        try
        {
            descriptor = HubDescriptor.Parser.ParseFrom(presented.DescriptorBytes);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw Refused($"The descriptor bytes of '{pinned.HubId}' do not decode: {ex.Message}");
        }

        if (!string.Equals(descriptor.HubId, pinned.HubId, StringComparison.Ordinal))
        {
            throw Refused($"A descriptor of hub '{descriptor.HubId}' was presented for pinned hub '{pinned.HubId}'.");
        }

        var issuedAt = descriptor.IssuedAt?.ToDateTimeOffset()
            ?? throw Refused($"The descriptor of '{pinned.HubId}' has no issued_at.");
        return (descriptor, issuedAt);
    }

    private static void RequireSignature(PinnedPeer pinned, SignedHubDescriptor presented, Func<PinnedKey, bool> trusted, string when)
    {
        var digest = SignedDigest.Compute(SigningContext.HubDescriptor, presented.DescriptorBytes.Memory);
        var vouched = presented.Signatures.Any(s =>
            pinned.FindKey(s.KeyId) is { } key && trusted(key) && Es256.Verify(key.PublicKey, digest, s.Signature.Span));
        if (!vouched)
        {
            throw Refused($"No signature on the descriptor of '{pinned.HubId}' verifies with a key pinned for it and {when}.");
        }
    }

    private static PinnedPeer Adopted(PinnedPeer pinned, HubDescriptor descriptor, DateTimeOffset issuedAt)
    {
        var keys = descriptor.Keys
            .Where(k => k.Algorithm == SignatureAlgorithm.Es256 && !k.SpkiDer.IsEmpty)
            .Select(k => (Key: k, Until: ValidUntil(k, issuedAt)))
            .Where(k => k.Until is not null || k.Key.Status is not KeyStatus.Revoked)
            .Select(k => new PinnedKey(
                k.Key.KeyId,
                Es256.ImportPublicKey(k.Key.SpkiDer.Span),
                k.Key.Validity?.NotBefore?.ToDateTimeOffset() ?? DateTimeOffset.MinValue,
                k.Until))
            .ToList();
        var endpoint = Uri.TryCreate(descriptor.GrpcEndpoint, UriKind.Absolute, out var uri) ? uri : pinned.GrpcEndpoint;
        // A descriptor without a usable web address (an older hub) keeps what the federation file said.
        var webUrl = Hosting.HubOptionsValidator.IsWebAddress(descriptor.WebUrl) ? new Uri(descriptor.WebUrl, UriKind.Absolute) : pinned.WebUrl;
        return pinned with { Keys = keys, GrpcEndpoint = endpoint, WebUrl = webUrl, DescriptorSequence = descriptor.Sequence };
    }

    /// <summary>The end of a listed key's window: its not_after, cut short by a revocation's cut-off. A retired key
    /// without not_after signs nothing after this descriptor; a revoked one without a cut-off is dropped.</summary>
    private static DateTimeOffset? ValidUntil(PublicKey key, DateTimeOffset issuedAt)
    {
        var notAfter = key.Validity?.NotAfter?.ToDateTimeOffset();
        return key.Status switch
        {
            KeyStatus.Revoked => key.RevokedAt?.ToDateTimeOffset() is { } cutOff ? (notAfter is { } end && end < cutOff ? end : cutOff) : null,
            KeyStatus.Retired => notAfter ?? issuedAt,
            _ => notAfter,
        };
    }

    private static HubException Refused(string message) =>
        new(ErrorKind.PermissionDenied, "DESCRIPTOR_SIGNATURE_INVALID", message);
}
