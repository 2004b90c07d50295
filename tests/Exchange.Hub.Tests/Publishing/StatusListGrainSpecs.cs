using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Grains;
using Exchange.Hub.Grains.Publishing;
using Exchange.Hub.Tests.Registry;

namespace Exchange.Hub.Tests.Publishing;

/// <summary>The grains under the status lists keep what they promised once they answered, across reactivation.</summary>
[Collection(RegistryClusterGroup.Name)]
public sealed class StatusListGrainSpecs(RegistryCluster cluster)
{
    [Fact]
    public async Task A_sequence_never_hands_out_an_index_twice_even_after_it_is_reactivated()
    {
        var sequence = cluster.Grains.Keyed<IStatusSequenceGrain>("spec-" + Guid.NewGuid().ToString("N"));
        var first = await sequence.NextAsync();
        var second = await sequence.NextAsync();

        await cluster.DeactivateAsync(sequence);
        var third = await sequence.NextAsync();

        Assert.Equal([0L, 1L, 2L], [first, second, third]);
        Assert.Equal(3, await sequence.AllocatedAsync());
    }

    [Fact]
    public async Task A_list_keeps_its_set_positions_and_version_across_reactivation_and_a_repeat_changes_nothing()
    {
        var list = cluster.Grains.Keyed<IStatusListGrain>("spec/" + Guid.NewGuid().ToString("N"));
        await list.SetAsync(40);
        await list.SetAsync(7);
        await list.SetAsync(40);

        await cluster.DeactivateAsync(list);
        var stored = await list.GetAsync();

        Assert.Equal([7, 40], stored.Positions);
        Assert.Equal(2, stored.Version);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(BitstringStatusList.MinimumEntries)]
    public async Task A_list_refuses_a_position_outside_it(int position)
    {
        var list = cluster.Grains.Keyed<IStatusListGrain>("spec/" + Guid.NewGuid().ToString("N"));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => list.SetAsync(position));
        Assert.Empty((await list.GetAsync()).Positions);
    }
}
