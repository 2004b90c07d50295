using Exchange.Contracts.V1;
using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Trust;
using Google.Protobuf;

namespace Exchange.Hub.Federation.Descriptors;

/// <summary>
/// Decides whether a peer's newly presented descriptor may replace what is pinned for it: same hub, a higher
/// sequence, and a signature by a key pinned now and valid when the descriptor was issued. Only then do the
/// keys it lists (for example a rotated-in key) become trusted; a descriptor signed by anything else is refused.
/// </summary>
public static class DescriptorAcceptance
{
    /// <returns>The peer with the descriptor's keys pinned, or the unchanged peer when the descriptor is not newer.</returns>
    public static PinnedPeer Accept(PinnedPeer pinned, SignedHubDescriptor presented)
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
        var digest = SignedDigest.Compute(SigningContext.HubDescriptor, presented.DescriptorBytes.Memory);
        var vouched = presented.Signatures.Any(s =>
            pinned.FindKey(s.KeyId) is { } key && key.IsValidAt(issuedAt) && Es256.Verify(key.PublicKey, digest, s.Signature.Span));
        if (!vouched)
        {
            throw Refused($"No signature on the descriptor of '{pinned.HubId}' verifies with a key pinned for it.");
        }

        if (descriptor.Sequence <= pinned.DescriptorSequence)
        {
            return pinned;
        }

        var keys = descriptor.Keys
            .Where(k => k.Algorithm == SignatureAlgorithm.Es256 && k.Status != KeyStatus.Revoked && !k.SpkiDer.IsEmpty)
            .Select(k => new PinnedKey(
                k.KeyId,
                Es256.ImportPublicKey(k.SpkiDer.Span),
                k.Validity?.NotBefore?.ToDateTimeOffset() ?? DateTimeOffset.MinValue,
                k.Validity?.NotAfter?.ToDateTimeOffset()))
            .ToList();
        var endpoint = Uri.TryCreate(descriptor.GrpcEndpoint, UriKind.Absolute, out var uri) ? uri : pinned.GrpcEndpoint;
        return pinned with { Keys = keys, GrpcEndpoint = endpoint, DescriptorSequence = descriptor.Sequence };
    }

    private static HubException Refused(string message) =>
        new(ErrorKind.PermissionDenied, "DESCRIPTOR_SIGNATURE_INVALID", message);
}
