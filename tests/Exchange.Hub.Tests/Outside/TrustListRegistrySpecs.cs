using System.Security.Cryptography;
using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Federation.Institutions;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Resilience;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Hosting;
using Exchange.Hub.Mapping;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Tests.Outside;

/// <summary>The trust list of outside issuers as the registry keeps it: the directory's index of issuer ids, RSA and
/// Ed25519 keys beside the envelope keys, and <see cref="RegistryOutsideIssuerTrust"/> reading this hub's registry.</summary>
[Collection(RegistryClusterGroup.Name)]
public sealed class TrustListRegistrySpecs(RegistryCluster cluster)
{
    private static string NewId(string prefix) => "UA-" + prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static string IssuerUrl() => "https://badges-" + Guid.NewGuid().ToString("N")[..8] + ".example/issuer";

    private async Task<IInstitutionGrain> RegisteredAsync(string id, params string[] outsideIssuerIds)
    {
        var institution = Samples.Institution(id);
        institution.OutsideIssuerIds.AddRange(outsideIssuerIds);
        institution.CertificateRoots.Add(ByteString.CopyFrom(TrustListSamples.CaCertificate()));
        var grain = cluster.Grains.GetGrain<IInstitutionGrain>(id);
        await grain.CreateAsync(RegistryContract.ToProfile(institution));
        return grain;
    }

    private IInstitutionDirectoryGrain Directory => cluster.Grains.GetGrain<IInstitutionDirectoryGrain>(RegistryDirectory.Key);

    [Fact]
    public async Task The_directory_finds_an_institution_by_its_outside_issuer_id_and_forgets_an_id_it_gave_up()
    {
        var (id, issuer) = (NewId("OI"), IssuerUrl());
        var grain = await RegisteredAsync(id, issuer);

        Assert.Equal(id, await Directory.FindOutsideIssuerAsync(issuer));
        Assert.Null(await Directory.FindOutsideIssuerAsync(issuer + "/other"));

        var current = (await grain.GetAsync())!;
        await grain.UpdateAsync(current.Profile with { OutsideIssuerIds = [] }, current.Version);
        Assert.Null(await Directory.FindOutsideIssuerAsync(issuer));
    }

    [Fact]
    public async Task An_rsa_key_is_registered_only_for_an_outside_issuer_and_never_signs_an_envelope()
    {
        using var rsa = RSA.Create(2048);
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var plain = cluster.Grains.GetGrain<IInstitutionGrain>(NewId("PL"));
        await plain.CreateAsync(RegistryContract.ToProfile(Samples.Institution(plain.GetPrimaryKeyString())));
        var refused = await Assert.ThrowsAsync<HubException>(() => plain.AddSigningKeyAsync(new NewSigningKey("rsa-1", rsa.ExportSubjectPublicKeyInfo(), null, null, false, true)));
        Assert.Equal((ErrorKind.InvalidArgument, "INVALID_KEY"), (refused.Kind, refused.Reason));

        var issuer = await RegisteredAsync(NewId("RS"), IssuerUrl());
        var envelopeKey = await issuer.AddSigningKeyAsync(new NewSigningKey("ec-1", ec.ExportSubjectPublicKeyInfo(), null, null, false, true));
        var badgeKey = await issuer.AddSigningKeyAsync(new NewSigningKey("rsa-1", rsa.ExportSubjectPublicKeyInfo(), null, null, false, Activate: true));

        Assert.True(badgeKey.Rsa);
        Assert.False(envelopeKey.Rsa);
        Assert.Equal(SigningKeyStatus.Active, badgeKey.Status);
        Assert.Equal("ec-1", await issuer.CurrentSigningKeyIdAsync());
        var listed = RegistryContract.ToContract((await issuer.GetAsync())!);
        Assert.Equal([SignatureAlgorithm.Es256, SignatureAlgorithm.Rs256], listed.SigningKeys.Select(k => k.Algorithm));
    }

    [Fact]
    public async Task An_ed25519_key_is_registered_only_for_an_outside_issuer_by_its_elmo_id_and_never_signs_an_envelope()
    {
        var ed25519 = Ed25519Spki.FromRaw(RandomNumberGenerator.GetBytes(32));
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var plain = cluster.Grains.GetGrain<IInstitutionGrain>(NewId("PE"));
        await plain.CreateAsync(RegistryContract.ToProfile(Samples.Institution(plain.GetPrimaryKeyString())));
        var refused = await Assert.ThrowsAsync<HubException>(() => plain.AddSigningKeyAsync(new NewSigningKey("ed-1", ed25519, null, null, false, true)));
        Assert.Equal((ErrorKind.InvalidArgument, "INVALID_KEY", "key.spki_der"), (refused.Kind, refused.Reason, refused.Field));
        Assert.Contains("outside issuer ids", refused.Message, StringComparison.Ordinal);

        var schac = "schac:" + Guid.NewGuid().ToString("N")[..8] + ".example.lv";
        var issuer = await RegisteredAsync(NewId("ED"), schac);
        var badgeKey = await issuer.AddSigningKeyAsync(new NewSigningKey("ed-1", ed25519, null, null, false, Activate: false));
        var envelopeKey = await issuer.AddSigningKeyAsync(new NewSigningKey("ec-1", ec.ExportSubjectPublicKeyInfo(), null, null, false, Activate: false));

        // Each is the first of its algorithm, so each is active: the Ed25519 key never stands in for the envelope key.
        Assert.Equal((SigningKeyStatus.Active, true, false), (badgeKey.Status, badgeKey.Ed25519, badgeKey.ForEnvelopes));
        Assert.Equal((SigningKeyStatus.Active, true), (envelopeKey.Status, envelopeKey.ForEnvelopes));
        Assert.Equal("ec-1", await issuer.CurrentSigningKeyIdAsync());
        var listed = RegistryContract.ToContract((await issuer.GetAsync())!);
        Assert.Equal([SignatureAlgorithm.Eddsa, SignatureAlgorithm.Es256], listed.SigningKeys.Select(k => k.Algorithm));
        var found = await Trust().FindAsync(schac, CancellationToken.None);
        Assert.Equal(ed25519, found!.Keys.Single(k => k.KeyId == "ed-1").SpkiDer);
    }

    [Fact]
    public async Task The_trust_list_answers_for_this_hubs_issuer_with_its_keys_roots_and_newest_quality_assurance()
    {
        using var active = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var waiting = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var rsa = RSA.Create(2048);
        var (id, issuerId) = (NewId("TR"), "did:web:" + Guid.NewGuid().ToString("N")[..8] + ".example");
        var grain = await RegisteredAsync(id, issuerId);
        await grain.AddSigningKeyAsync(new NewSigningKey("k-active", active.ExportSubjectPublicKeyInfo(), null, null, false, true));
        await grain.AddSigningKeyAsync(new NewSigningKey("k-pending", waiting.ExportSubjectPublicKeyInfo(), null, null, false, false));
        await grain.AddSigningKeyAsync(new NewSigningKey("k-rsa", rsa.ExportSubjectPublicKeyInfo(), null, null, false, true));
        await grain.RevokeSigningKeyAsync("k-rsa", RegistryCluster.Clock.GetUtcNow().AddDays(-1), "lost");
        await grain.RecordQualityAssuranceAsync(Status(QualityAssuranceResult.Conditional, 2019).ToByteArray());
        await grain.RecordQualityAssuranceAsync(Status(QualityAssuranceResult.Positive, 2024).ToByteArray());
        await grain.RecordQualityAssuranceAsync(Status(QualityAssuranceResult.Negative, 2015).ToByteArray());
        var trust = Trust();

        var found = await trust.FindAsync(issuerId, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal((issuerId, id, "UA", RegistryCluster.HubId), (found.IssuerId, found.InstitutionId, found.CountryCode, found.Source));
        Assert.Equal(["k-active", "k-rsa"], found.Keys.Select(k => k.KeyId));
        Assert.NotNull(found.Keys[1].RevokedAt);
        Assert.False(found.Keys[1].ValidAt(RegistryCluster.Clock.GetUtcNow()));
        var root = Assert.Single(found.CertificateRoots);
        Assert.Equal("CN=Test Badge Root", root.Subject);
        Assert.Equal(QualityAssuranceOutcome.Positive, found.QualityAssurance!.Outcome);
        Assert.Null(await trust.FindAsync("https://nobody.example/issuer", CancellationToken.None));
        Assert.Null(await trust.FindAsync("", CancellationToken.None));
    }

    private RegistryOutsideIssuerTrust Trust()
    {
        var peers = new PeerDirectory([]);
        var clients = new PeerClients(peers, cluster.Keys, new PeerCallPipelines(Options.Create(new PeerResilienceOptions()), TimeProvider.System), TimeProvider.System);
        var cache = new PeerInstitutionKeyCache(peers, clients, TimeProvider.System, NullLogger<PeerInstitutionKeyCache>.Instance);
        return new RegistryOutsideIssuerTrust(cluster.Grains, cache, Options.Create(new HubOptions { HubId = RegistryCluster.HubId, Country = "UA" }));
    }

    private static QualityAssuranceStatus Status(QualityAssuranceResult result, int year) => new()
    {
        Agency = new OrganisationRef { Name = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "NAQA" } } } },
        Scope = QualityAssuranceType.ExternalInstitutional,
        Result = result,
        DecidedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(year, 6, 1, 0, 0, 0, TimeSpan.Zero)),
    };
}
