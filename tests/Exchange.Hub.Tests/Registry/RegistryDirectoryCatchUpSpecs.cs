using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Mapping;

namespace Exchange.Hub.Tests.Registry;

/// <summary>A change is written once, before the directory hears of it; a crash before the directory's catch-up is
/// stored leaves the institution ahead of its directory, which the next activation repairs.</summary>
[Collection(RegistryClusterGroup.Name)]
public sealed class RegistryDirectoryCatchUpSpecs(RegistryCluster cluster)
{
    [Fact]
    public async Task An_institution_stored_ahead_of_its_directory_is_listed_when_next_activated_and_that_is_stored_when_it_leaves_memory()
    {
        var id = "UA-C" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var grain = cluster.Grains.GetGrain<IInstitutionGrain>(id);
        var now = RegistryCluster.Clock.GetUtcNow();
        var ahead = new InstitutionState
        {
            Profile = RegistryContract.ToProfile(Samples.Institution(id)) with { InstitutionId = id },
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
            IndexedVersion = 0,
        };
        await cluster.Storage.WriteStateAsync("institution", grain.GetGrainId(), new GrainState<InstitutionState>(ahead));
        var directory = cluster.Grains.GetGrain<IInstitutionDirectoryGrain>(RegistryDirectory.Key);
        Assert.DoesNotContain(await directory.ListAsync(), s => s.InstitutionId == id);

        Assert.NotNull(await grain.GetAsync());

        Assert.Contains(await directory.ListAsync(), s => s.InstitutionId == id);
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var stored = new GrainState<InstitutionState>();
        await cluster.Storage.ReadStateAsync("institution", grain.GetGrainId(), stored);
        Assert.Equal(1, stored.State!.IndexedVersion);
    }
}
