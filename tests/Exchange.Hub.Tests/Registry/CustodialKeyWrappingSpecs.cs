using System.Security.Cryptography;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Mapping;
using Exchange.Hub.Security;

namespace Exchange.Hub.Tests.Registry;

/// <summary>Custodial keys are kept wrapped by the hub's key-encryption key, including those an earlier version
/// stored in clear.</summary>
[Collection(RegistryClusterGroup.Name)]
public sealed class CustodialKeyWrappingSpecs(RegistryCluster cluster)
{
    [Fact]
    public async Task A_generated_custodial_key_is_stored_only_wrapped_and_signs()
    {
        var id = NewId();
        var grain = cluster.Grains.GetGrain<IInstitutionGrain>(id);
        await grain.CreateAsync(RegistryContract.ToProfile(Samples.Institution(id)));
        var added = await grain.AddSigningKeyAsync(new NewSigningKey(id + "#1", null, null, null, GenerateCustodial: true, Activate: true));

        var stored = Assert.Single((await StoredAsync(grain)).Keys);
        Assert.Null(stored.LegacyClearPkcs8);
        Assert.NotNull(stored.WrappedPrivateKey);
        Assert.True(added.Custodial);
        await AssertSignsValidlyAsync(id, "k-wrap-1");
    }

    [Fact]
    public async Task A_custodial_key_an_earlier_version_stored_in_clear_is_wrapped_when_the_institution_activates()
    {
        var id = NewId();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var clear = key.ExportPkcs8PrivateKey();
        var grain = cluster.Grains.GetGrain<IInstitutionGrain>(id);
        var earlier = new InstitutionState
        {
            Profile = RegistryContract.ToProfile(Samples.Institution(id)) with { InstitutionId = id },
            Keys = [new SigningKey(id + "#1", key.ExportSubjectPublicKeyInfo(), null, null, SigningKeyStatus.Active, RegistryCluster.Clock.GetUtcNow(), LegacyClearPkcs8: clear)],
            CreatedAt = RegistryCluster.Clock.GetUtcNow(),
            Version = 1,
        };
        await cluster.Storage.WriteStateAsync("institution", grain.GetGrainId(), new GrainState<InstitutionState>(earlier));

        await AssertSignsValidlyAsync(id, "k-legacy-1");

        var stored = Assert.Single((await StoredAsync(grain)).Keys);
        Assert.Null(stored.LegacyClearPkcs8);
        Assert.NotNull(stored.WrappedPrivateKey);
        Assert.True(stored.WrappedPrivateKey.AsSpan().IndexOf(clear.AsSpan(^32)) < 0, "The wrapped key still shows the private scalar.");
    }

    [Fact]
    public void A_wrapped_key_opens_only_for_the_institution_and_key_it_was_wrapped_for_and_only_with_its_kek()
    {
        var folder = Path.Combine(Path.GetTempPath(), "exchange-tests", "kek-" + Guid.NewGuid().ToString("N"));
        var protector = new CustodialKeyProtector(folder);
        var secret = RandomNumberGenerator.GetBytes(138);

        var wrapped = protector.Wrap("UA-A", "UA-A#1", secret);

        Assert.Equal(secret, protector.Unwrap("UA-A", "UA-A#1", wrapped));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unwrap("UA-B", "UA-A#1", wrapped));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unwrap("UA-A", "UA-A#2", wrapped));
        Assert.ThrowsAny<CryptographicException>(() => new CustodialKeyProtector(folder + "-other").Unwrap("UA-A", "UA-A#1", wrapped));
        Assert.Equal(secret, new CustodialKeyProtector(folder).Unwrap("UA-A", "UA-A#1", wrapped));
    }

    private async Task AssertSignsValidlyAsync(string institutionId, string idempotencyKey)
    {
        var issued = await cluster.Issuer.IssueAsync(Samples.IssueRequest(institutionId, "L-" + idempotencyKey, idempotencyKey));
        var verification = await cluster.Verifier.VerifyAsync(issued.Issued.Envelope, LocalCredentialVerifier.NoShareGrant);
        Assert.Equal(VerificationVerdict.Valid, verification.Report.Verdict);
    }

    private async Task<InstitutionState> StoredAsync(IInstitutionGrain grain)
    {
        var stored = new GrainState<InstitutionState>();
        await cluster.Storage.ReadStateAsync("institution", grain.GetGrainId(), stored);
        return stored.State!;
    }

    private static string NewId() => "UA-W" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
}
