using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Issuing;

[GenerateSerializer, Alias("exchange.RegistryNumberIndexState")]
public sealed class RegistryNumberIndexState
{
    [Id(0)]
    public RegistryNumberTarget? Target { get; set; }
}

internal sealed class RegistryNumberIndexGrain(
    [PersistentState("registry-number-index", HubStorage.Name)] IPersistentState<RegistryNumberIndexState> state)
    : Grain, IRegistryNumberIndexGrain
{
    public async Task SetAsync(string credentialId, string institutionId)
    {
        var target = new RegistryNumberTarget(credentialId, institutionId);
        if (state.State.Target == target)
        {
            return;
        }

        state.State.Target = target;
        await state.WriteStateAsync();
    }

    public Task<RegistryNumberTarget?> GetAsync(CancellationToken cancellationToken) => Task.FromResult(state.State.Target);
}
