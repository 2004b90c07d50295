using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;

namespace Exchange.Hub.Tests.Registry;

/// <summary>An earlier hub kept an institution's whole open registry in one grain state; the upgraded hub moves it into
/// the index rows when the grain first activates, and clears the state.</summary>
[Collection(RegistryClusterGroup.Name)]
public sealed class EarlierListStateSpecs(RegistryCluster cluster)
{
    [Fact]
    public async Task Open_registry_lines_an_earlier_hub_kept_in_the_state_are_moved_into_the_index_on_activation()
    {
        var institution = "UA-L" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var number = institution + "-0001";
        var item = new OpenRegistryItem(
            new OpenRegistryEntryData(number, "cred-" + institution, institution, "prog-1", RegistryCluster.Clock.GetUtcNow(), [new TextValue("en", "Law")], [1]),
            null, null);
        var grain = cluster.Grains.GetGrain<IOpenRegistryGrain>(institution);
        var earlier = new OpenRegistryState();
        earlier.Items[item.Entry.CredentialId] = item;
        await cluster.Storage.WriteStateAsync("open-registry", grain.GetGrainId(), new GrainState<OpenRegistryState>(earlier));

        Assert.Equal([number], (await grain.ListAsync()).Select(i => i.Entry.RegistryNumber));

        var search = cluster.Grains.GetGrain<IOpenRegistrySearchGrain>(RegistryDirectory.Key);
        Assert.Equal([number], (await search.SearchAsync(new OpenRegistryFilter(RegistryNumber: number))).Select(i => i.Entry.RegistryNumber));
        var stored = new GrainState<OpenRegistryState>();
        await cluster.Storage.ReadStateAsync("open-registry", grain.GetGrainId(), stored);
        Assert.False(stored.RecordExists);
    }
}
