using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Federation;

public sealed class PeerDescriptorGrain(
    [PersistentState("peer-descriptor", HubStorage.Name)] IPersistentState<PeerDescriptorState> state) : Grain, IPeerDescriptorGrain
{
    public async Task KeepAsync(long sequence, byte[] signedDescriptor)
    {
        if (sequence <= state.State.Sequence)
        {
            return;
        }

        state.State.Sequence = sequence;
        state.State.Chain.Add(signedDescriptor);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<byte[]>> AcceptedAsync() => Task.FromResult<IReadOnlyList<byte[]>>([.. state.State.Chain]);
}
