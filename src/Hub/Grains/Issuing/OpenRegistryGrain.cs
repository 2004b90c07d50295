using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Issuing;

[GenerateSerializer, Alias("exchange.OpenRegistryState")]
public sealed class OpenRegistryState
{
    [Id(0)]
    public Dictionary<string, OpenRegistryItem> Items { get; set; } = new(StringComparer.Ordinal);
}

internal sealed class OpenRegistryGrain(
    [PersistentState("open-registry", HubStorage.Name)] IPersistentState<OpenRegistryState> state)
    : Grain, IOpenRegistryGrain
{
    public async Task UpsertAsync(OpenRegistryItem item)
    {
        state.State.Items[item.Entry.CredentialId] = item;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<OpenRegistryItem>> ListAsync() =>
        Task.FromResult<IReadOnlyList<OpenRegistryItem>>(
            [.. state.State.Items.Values.OrderByDescending(i => i.Entry.IssuedAt).ThenBy(i => i.Entry.RegistryNumber, StringComparer.Ordinal)]);
}
