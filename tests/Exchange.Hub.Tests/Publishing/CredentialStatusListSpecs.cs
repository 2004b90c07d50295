using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Mapping;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;

namespace Exchange.Hub.Tests.Publishing;

/// <summary>
/// A credential's entry in the published "credentials" lists, on the issuing grains: taken once and kept, marked when
/// the credential is revoked, and marked again after a crash between storing the revocation and marking it. The list
/// is read as a verifier reads it: the served VC-JWT, verified with the published keys.
/// </summary>
[Collection(RegistryClusterGroup.Name)]
public sealed class CredentialStatusListSpecs(RegistryCluster cluster)
{
    [Fact]
    public async Task A_credential_keeps_the_entry_it_was_given_across_reactivation_and_no_other_credential_gets_it()
    {
        var credential = await IssueAsync("L-st-1");
        var other = await IssueAsync("L-st-2");

        var entry = await credential.StatusEntryAsync();
        await cluster.DeactivateAsync(credential);

        Assert.Equal(StatusFamily.Credentials, entry.Family);
        Assert.Equal(entry, await credential.StatusEntryAsync());
        Assert.NotEqual(entry.Index, (await other.StatusEntryAsync()).Index);
    }

    [Fact]
    public async Task Revoking_an_exported_credential_sets_its_bit_in_the_served_list_and_no_other()
    {
        var credential = await IssueAsync("L-st-3");
        var neighbour = await IssueAsync("L-st-4");
        var entry = await credential.StatusEntryAsync();
        var neighbourEntry = await neighbour.StatusEntryAsync();
        Assert.False(await ServedBitAsync(entry));

        await credential.RevokeAsync("fraud", [new TextValue("en", "Fraud")]);

        Assert.True(await ServedBitAsync(entry));
        Assert.False(await ServedBitAsync(neighbourEntry));
    }

    [Fact]
    public async Task A_credential_revoked_before_its_first_export_is_marked_as_its_entry_is_taken()
    {
        var credential = await IssueAsync("L-st-5");
        await credential.RevokeAsync("error", [new TextValue("en", "Issued in error")]);

        var entry = await credential.StatusEntryAsync();

        Assert.True(await ServedBitAsync(entry));
    }

    [Fact]
    public async Task A_revocation_stored_without_its_mark_is_marked_when_the_credential_is_next_activated()
    {
        var credential = await IssueAsync("L-st-6");
        var entry = await credential.StatusEntryAsync();
        await cluster.DeactivateAsync(credential);
        // What a crash right after the revocation's write leaves behind: revoked, notices and mark not done.
        var stored = new GrainState<CredentialGrainState>();
        await cluster.Storage.ReadStateAsync("credential", credential.GetGrainId(), stored);
        stored.State!.Revocation = new RevocationRecord(RegistryCluster.Clock.GetUtcNow(), "fraud", []);
        stored.State.StatusMarked = false;
        await cluster.Storage.WriteStateAsync("credential", credential.GetGrainId(), stored);
        Assert.False(await ServedBitAsync(entry));

        Assert.Equal(CredentialState.Revoked, (await credential.GetStatusAsync()).State);

        Assert.True(await ServedBitAsync(entry));
        await Eventually.True(async () =>
        {
            var marked = new GrainState<CredentialGrainState>();
            await cluster.Storage.ReadStateAsync("credential", credential.GetGrainId(), marked);
            return marked.State!.StatusMarked;
        }, TimeSpan.FromSeconds(10), "the mark was not stored");
    }

    [Fact]
    public async Task A_list_nobody_was_given_an_entry_in_is_not_served()
    {
        var entry = await (await IssueAsync("L-st-7")).StatusEntryAsync();
        var publisher = Publisher();

        Assert.NotNull(await publisher.FindAsync(StatusFamily.Credentials, entry.ListNumber));
        Assert.Null(await publisher.FindAsync(StatusFamily.Credentials, entry.ListNumber + 1));
        Assert.Null(await publisher.FindAsync(StatusFamily.Credentials, 0));
    }

    [Fact]
    public async Task A_list_is_signed_again_only_when_it_changed()
    {
        var lists = cluster.StatusLists;
        var publisher = Publisher();
        var entry = await lists.AllocateAsync(StatusFamily.Decisions);
        var first = await publisher.FindAsync(StatusFamily.Decisions, entry.ListNumber);

        Assert.Same(first, await publisher.FindAsync(StatusFamily.Decisions, entry.ListNumber));
        await lists.SetAsync(entry);
        var changed = await publisher.FindAsync(StatusFamily.Decisions, entry.ListNumber);
        Assert.NotEqual(first, changed);
        await lists.SetAsync(entry);
        Assert.Same(changed, await publisher.FindAsync(StatusFamily.Decisions, entry.ListNumber));
    }

    private StatusListPublisher Publisher() =>
        new(cluster.StatusLists, RegistryCluster.PublishingIssuer, new VcJwtSigner(cluster.Keys), RegistryCluster.Clock);

    private async Task<bool> ServedBitAsync(StatusEntry entry)
    {
        var jwt = await Publisher().FindAsync(entry.Family, entry.ListNumber) ?? throw new Xunit.Sdk.XunitException("The list is not served.");
        var (_, payload) = PublishedJws.Verify(jwt, HubJwks.Build(cluster.Keys));
        Assert.Equal(RegistryCluster.PublishingIssuer.StatusListUrl(StatusFamilies.Name(entry.Family), entry.ListNumber).AbsoluteUri, payload["id"]!.GetValue<string>());
        var bits = BitstringStatusList.Decode(payload["credentialSubject"]!["encodedList"]!.GetValue<string>());
        return BitstringStatusList.IsSet(bits, entry.Position);
    }

    private async Task<ICredentialGrain> IssueAsync(string learner)
    {
        var institution = "UA-I" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var grain = cluster.Grains.GetGrain<IInstitutionGrain>(institution);
        await grain.CreateAsync(RegistryContract.ToProfile(Samples.Institution(institution)));
        await grain.AddSigningKeyAsync(new NewSigningKey(institution + "#1", null, null, null, GenerateCustodial: true, Activate: true));
        var view = await cluster.Issuer.IssueAsync(Samples.IssueRequest(institution, learner, "k-" + learner));
        return cluster.Grains.GetGrain<ICredentialGrain>(view.Issued.CredentialId);
    }
}
