using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Federation;

public sealed class PeerDescriptorGrain(
    [PersistentState("peer-descriptor", HubStorage.Name)] IPersistentState<PeerDescriptorState> state) : Grain, IPeerDescriptorGrain
{
    public async Task Keep(long sequence, byte[] signedDescriptor)
    {
        if (sequence <= state.State.Sequence)
        {
            return;
        }

        state.State.Sequence = sequence;
        state.State.Chain.Add(signedDescriptor);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<byte[]>> Accepted() => Task.FromResult<IReadOnlyList<byte[]>>([.. state.State.Chain]);
}
