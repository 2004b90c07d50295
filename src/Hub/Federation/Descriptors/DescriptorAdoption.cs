using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Grains.Federation;
using Google.Protobuf;

namespace Exchange.Hub.Federation.Descriptors;

/// <summary>Takes on a descriptor a pinned peer presented (in its Hello, or in its answer to ours): accepted only by
/// <see cref="DescriptorAcceptance.Accept"/> (fresh, signed by a key trusted now, higher sequence), so it rests on the
/// peer's signature and not on the channel; a newer one is kept durably before it is used, so the rotation it
/// announces survives a restart of this hub (replayed over the pinned keys at start).</summary>
internal sealed class DescriptorAdoption(PeerDirectory peers, IGrainFactory grains, TimeProvider time)
{
    /// <returns>Whether the descriptor was newer than the one in use.</returns>
    public async Task<bool> AdoptAsync(PinnedPeer known, SignedHubDescriptor presented)
    {
        var accepted = DescriptorAcceptance.Accept(known, presented, time.GetUtcNow());
        if (accepted.DescriptorSequence <= known.DescriptorSequence)
        {
            return false;
        }

        await grains.Keyed<IPeerDescriptorGrain>(known.HubId).KeepAsync(accepted.DescriptorSequence, presented.ToByteArray());
        peers.Replace(accepted);
        return true;
    }
}
