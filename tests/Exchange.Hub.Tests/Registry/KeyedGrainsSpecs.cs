using Exchange.Hub.Grains;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Mapping;

namespace Exchange.Hub.Tests.Registry;

[Collection(RegistryClusterGroup.Name)]
public sealed class KeyedGrainsSpecs(RegistryCluster cluster)
{
    [Fact]
    public async Task A_keyed_reference_is_the_grain_orleans_own_reference_names_for_every_key()
    {
        var ids = Enumerable.Range(0, 3).Select(_ => "UA-K" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()).ToList();
        foreach (var id in ids)
        {
            var own = cluster.Grains.GetGrain<IInstitutionGrain>(id);
            var keyed = cluster.Grains.Keyed<IInstitutionGrain>(id);

            Assert.Equal(own.GetGrainId(), keyed.GetGrainId());
            Assert.Equal(((GrainReference)own).InterfaceType, ((GrainReference)keyed).InterfaceType);
            await keyed.CreateAsync(RegistryContract.ToProfile(Samples.Institution(id)));
            Assert.Equal(id, (await own.GetAsync())!.Profile.InstitutionId);
        }
    }
}
