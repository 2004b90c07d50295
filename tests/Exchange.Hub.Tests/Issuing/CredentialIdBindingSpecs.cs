using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Mapping;
using Exchange.Hub.Tests.Registry;
using VerificationVerdict = Exchange.Hub.Credentials.VerificationVerdict;

namespace Exchange.Hub.Tests.Issuing;

/// <summary>Hole 4 of issue 19: a credential id belongs to the institution it was derived for.</summary>
[Collection(RegistryClusterGroup.Name)]
public sealed class CredentialIdBindingSpecs(RegistryCluster cluster)
{
    [Fact]
    public async Task An_institution_cannot_sign_an_envelope_under_the_id_of_another_institutions_next_credential()
    {
        var (squatter, squatterKey) = await SelfSigningInstitutions.RegisterAsync(cluster);
        var victim = await CustodialInstitutionAsync();
        var victimsNextId = CredentialIdBinding.For("UA", victim, "victim-next");

        var squat = SelfSigningInstitutions.Signed(cluster, squatter, squatterKey, victimsNextId, "L-squat");
        var refusal = await Assert.ThrowsAsync<HubException>(() => cluster.Issuer.IssueAsync(
            new IssueCredentialRequest { IdempotencyKey = "victim-next", InstitutionId = squatter, InstitutionSignedEnvelope = squat }));
        Assert.Equal(ErrorKind.PermissionDenied, refusal.Kind);
        Assert.Equal(CredentialIdBinding.NotBound, refusal.Reason);

        var issued = await cluster.Issuer.IssueAsync(Samples.IssueRequest(victim, "L-victim", "victim-next"));
        Assert.Equal(victimsNextId, issued.Issued.CredentialId);
        Assert.Equal(victim, issued.Issued.InstitutionId);
    }

    [Fact]
    public async Task A_self_signed_envelope_must_carry_the_id_bound_to_its_institution_and_idempotency_key()
    {
        var (institution, key) = await SelfSigningInstitutions.RegisterAsync(cluster);

        var chosenId = SelfSigningInstitutions.Signed(cluster, institution, key, "UA-CRED-chosen-by-the-signer", "L-own");
        var refusal = await Assert.ThrowsAsync<HubException>(() => cluster.Issuer.IssueAsync(
            new IssueCredentialRequest { IdempotencyKey = "own-2", InstitutionId = institution, InstitutionSignedEnvelope = chosenId }));
        Assert.Equal(CredentialIdBinding.NotBound, refusal.Reason);

        var bound = SelfSigningInstitutions.Signed(cluster, institution, key, CredentialIdBinding.For("UA", institution, "own-2"), "L-own");
        var view = await cluster.Issuer.IssueAsync(new IssueCredentialRequest { IdempotencyKey = "own-2", InstitutionId = institution, InstitutionSignedEnvelope = bound });
        Assert.Equal(VerificationVerdict.Valid, (await cluster.Verifier.VerifyAsync(view.Issued.Envelope, LocalCredentialVerifier.NoShareGrant)).Report.Verdict);
    }

    [Fact]
    public async Task The_credential_grain_stores_only_the_credential_of_the_institution_its_id_is_bound_to()
    {
        var other = await CustodialInstitutionAsync();
        var victim = await CustodialInstitutionAsync();
        var record = (await cluster.Issuer.IssueAsync(Samples.IssueRequest(other, "L-grain", "other-1"))).Issued;
        var victimsId = CredentialIdBinding.For("UA", victim, "victim-1");

        var refusal = await Assert.ThrowsAsync<HubException>(() =>
            cluster.Grains.GetGrain<ICredentialGrain>(victimsId).StoreIssuedAsync(record with { CredentialId = victimsId }, "victim-1"));
        Assert.Equal(CredentialIdBinding.NotBound, refusal.Reason);
        Assert.Null(await cluster.Grains.GetGrain<ICredentialGrain>(victimsId).GetAsync());
    }

    [Fact]
    public void An_id_binds_only_its_own_institution_and_idempotency_key()
    {
        var id = CredentialIdBinding.For("UA", "UA-A", "k-1");

        Assert.True(CredentialIdBinding.Binds(id, "UA-A", "k-1"));
        Assert.False(CredentialIdBinding.Binds(id, "UA-B", "k-1"));
        Assert.False(CredentialIdBinding.Binds(id, "UA-A", "k-2"));
        Assert.False(CredentialIdBinding.Binds(id + "0", "UA-A", "k-1"));
        Assert.False(CredentialIdBinding.Binds("UA-A-OWN-1", "UA-A", "k-1"));
    }

    private async Task<string> CustodialInstitutionAsync()
    {
        var id = NewId();
        var grain = cluster.Grains.GetGrain<IInstitutionGrain>(id);
        await grain.CreateAsync(RegistryContract.ToProfile(Samples.Institution(id)));
        await grain.AddSigningKeyAsync(new NewSigningKey(id + "#1", null, null, null, GenerateCustodial: true, Activate: true));
        return id;
    }

    private static string NewId() => "UA-I" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
}
