using Exchange.Hub.Credentials;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;

namespace Exchange.Hub.Tests.Issuing;

/// <summary>
/// A credential id that cannot be one this hub issued never reaches a grain, and a well-formed id nothing was issued
/// under leaves no activation behind: anonymous guessing costs the hub no memory.
/// </summary>
[Collection(RegistryClusterGroup.Name)]
public sealed class CredentialIdShapeSpecs(RegistryCluster cluster)
{
    [Theory]
    [InlineData("UA-KNU", "key-1")]
    [InlineData("KZ-KAZNU", "idem-\u00e9")]
    public void Every_id_the_issuer_makes_has_the_shape(string institution, string idempotencyKey) =>
        Assert.True(CredentialIdShape.IsWellFormed(CredentialIdBinding.For(institution[..2], institution, idempotencyKey)));

    [Theory]
    [InlineData("")]
    [InlineData("3f2a9c")]
    [InlineData("UA-CRED-0000000000000000DEAD")]
    [InlineData("UA-CRED-0000000000000000dead0")]
    [InlineData("UA-CRED-0000000000000000dea\n")]
    [InlineData("ua-CRED-0000000000000000dead")]
    public void Random_strings_do_not_have_the_shape(string id) => Assert.False(CredentialIdShape.IsWellFormed(id));

    [Fact]
    public async Task A_call_with_a_random_id_is_refused_before_any_grain_is_activated()
    {
        var id = "random-" + Guid.NewGuid().ToString("N");
        var grain = cluster.Grains.GetGrain<ICredentialGrain>(id);

        var refused = await Assert.ThrowsAsync<HubException>(() => grain.GetStatusAsync());

        // The grain itself answers NOT_FOUND; this reason comes only from the caller-side guard.
        Assert.Equal((ErrorKind.InvalidArgument, "CREDENTIAL_ID_MALFORMED"), (refused.Kind, refused.Reason));
        Assert.DoesNotContain(grain.GetGrainId(), await ActiveCredentialGrainsAsync(grain));
    }

    [Fact]
    public async Task A_lookup_of_a_well_formed_id_nothing_was_issued_under_leaves_no_activation()
    {
        var grain = cluster.Grains.GetGrain<ICredentialGrain>(CredentialIdBinding.For("UA", "UA-NOBODY", Guid.NewGuid().ToString()));

        Assert.Null(await grain.GetAsync());
        await Assert.ThrowsAsync<HubException>(() => grain.GetStatusAsync());
        Assert.Equal(ShareAccessOutcome.CredentialNotFound, (await grain.OpenShareAsync("guess", "", "")).Outcome);

        await Eventually.True(async () => !(await ActiveCredentialGrainsAsync(grain)).Contains(grain.GetGrainId()),
            TimeSpan.FromSeconds(10), "The activation of an unknown credential id was kept.");
    }

    private async Task<List<GrainId>> ActiveCredentialGrainsAsync(ICredentialGrain anyCredential) =>
        await cluster.Grains.GetGrain<IManagementGrain>(0).GetActiveGrains(anyCredential.GetGrainId().Type);
}
