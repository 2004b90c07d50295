using System.Text.RegularExpressions;
using Exchange.Contracts.V1;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Mapping;
using Exchange.Hub.Signing;
using Exchange.Hub.Trust;
using ReviewKind = Exchange.Contracts.V1.ProgrammeReviewKind;

namespace Exchange.Hub.Tests.Registry;

[Collection(RegistryClusterGroup.Name)]
public sealed partial class RegistryGrainSpecs(RegistryCluster cluster)
{
    [Fact]
    public async Task An_institution_is_registered_once_and_listed_in_the_directory()
    {
        var id = "UA-T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var grain = cluster.Grains.GetGrain<IInstitutionGrain>(id);
        var created = await grain.CreateAsync(RegistryContract.ToProfile(Samples.Institution(id)));

        Assert.Equal(1, created.Version);
        var duplicate = await Assert.ThrowsAsync<HubException>(() => grain.CreateAsync(RegistryContract.ToProfile(Samples.Institution(id))));
        Assert.Equal(ErrorKind.AlreadyExists, duplicate.Kind);
        Assert.Contains(await cluster.Grains.GetGrain<IInstitutionDirectoryGrain>(RegistryDirectory.Key).ListAsync(), s => s.InstitutionId == id);
    }

    [Fact]
    public async Task An_update_with_a_stale_version_is_refused()
    {
        var id = "UA-V" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var grain = cluster.Grains.GetGrain<IInstitutionGrain>(id);
        var created = await grain.CreateAsync(RegistryContract.ToProfile(Samples.Institution(id)));
        await grain.UpdateAsync(created.Profile with { ShortName = "X" }, created.Version);

        var stale = await Assert.ThrowsAsync<HubException>(() => grain.UpdateAsync(created.Profile with { ShortName = "Y" }, created.Version));
        Assert.Equal("VERSION_CONFLICT", stale.Reason);
    }

    [Fact]
    public async Task A_custodial_key_signs_inside_the_grain_and_its_private_part_never_leaves_it()
    {
        var id = "UA-K" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var grain = cluster.Grains.GetGrain<IInstitutionGrain>(id);
        await grain.CreateAsync(RegistryContract.ToProfile(Samples.Institution(id)));
        var key = await grain.AddSigningKeyAsync(new NewSigningKey(id + "#1", null, null, null, true, true));

        byte[] header = [1, 2, 3], payload = [4, 5, 6];
        var signature = await grain.SignEnvelopeAsync(key.KeyId, header, payload);
        using var publicKey = Es256.ImportPublicKey(key.SpkiDer);
        Assert.True(Es256.Verify(publicKey, EnvelopeSigner.InstitutionDigest(header, payload), signature.Signature));
        Assert.True(key.Custodial);
        Assert.DoesNotContain(typeof(PublicSigningKey).GetProperties(), p => p.Name.Contains("Pkcs8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_programme_enters_the_open_registry_only_after_a_positive_internal_and_external_review()
    {
        var id = "KZ-P" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var grain = cluster.Grains.GetGrain<IProgrammeGrain>(id);
        await grain.CreateAsync(RegistryContract.ToProfile(Samples.Programme(id, "KZ-KAZNU"), "KZ"));

        var afterInternal = await grain.RecordReviewAsync(Review(ReviewKind.Internal, QualityAssuranceResult.Positive));
        Assert.Equal(ProgrammeListing.Draft, afterInternal.Listing);
        Assert.Null(afterInternal.RegistryNumber);

        var afterNegativeExternal = await grain.RecordReviewAsync(Review(ReviewKind.External, QualityAssuranceResult.Negative));
        Assert.Equal(ProgrammeListing.Draft, afterNegativeExternal.Listing);

        var listed = await grain.RecordReviewAsync(Review(ReviewKind.External, QualityAssuranceResult.Positive));
        Assert.Equal(ProgrammeListing.Listed, listed.Listing);
        Assert.Matches(NumberPattern("KZ", "PR"), listed.RegistryNumber!);
        Assert.Contains(await cluster.Grains.GetGrain<IProgrammeDirectoryGrain>(RegistryDirectory.Key).ListAsync(), p => p.ProgrammeId == id && p.Listing == ProgrammeListing.Listed);

        var delisted = await grain.RecordReviewAsync(Review(ReviewKind.Internal, QualityAssuranceResult.Negative));
        Assert.Equal(ProgrammeListing.Delisted, delisted.Listing);
        Assert.Equal(listed.RegistryNumber, delisted.RegistryNumber);
    }

    [Fact]
    public async Task A_listed_programme_whose_review_runs_out_is_no_longer_listed()
    {
        var id = "KZ-E" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var grain = cluster.Grains.GetGrain<IProgrammeGrain>(id);
        await grain.CreateAsync(RegistryContract.ToProfile(Samples.Programme(id, "KZ-KAZNU"), "KZ"));
        await grain.RecordReviewAsync(Review(ReviewKind.Internal, QualityAssuranceResult.Positive));
        var listed = await grain.RecordReviewAsync(Review(ReviewKind.External, QualityAssuranceResult.Positive, RegistryCluster.Clock.GetUtcNow().AddDays(30)));

        Assert.Equal(ProgrammeListing.Listed, listed.ListingAt(RegistryCluster.Clock.GetUtcNow()));
        Assert.Equal(ProgrammeListing.Delisted, listed.ListingAt(RegistryCluster.Clock.GetUtcNow().AddDays(31)));
    }

    [Fact]
    public async Task Registry_numbers_are_unique_country_prefixed_and_formatted_even_when_allocated_concurrently()
    {
        var sequence = RegistryNumbers.SequenceKey("UA", "MC", 2031);
        var allocator = cluster.Grains.GetGrain<IRegistryNumberAllocatorGrain>(sequence);
        var numbers = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => allocator.NextAsync()));

        Assert.Equal(60, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches(NumberPattern("UA", "MC"), n));
        Assert.Equal("UA-MC-2031-000001", numbers.Order(StringComparer.Ordinal).First());
        Assert.Equal("UA-MC-2031-1234567", RegistryNumbers.Format(sequence, 1234567));
    }

    private static ProgrammeReviewRecord Review(ReviewKind kind, QualityAssuranceResult result, DateTimeOffset? validUntil = null) =>
        RegistryContract.ToRecord(new ProgrammeReview
        {
            Kind = kind,
            Result = result,
            ValidUntil = validUntil is { } v ? Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(v) : null,
        });

    private static Regex NumberPattern(string country, string kind) => new($"^{country}-{kind}-20[0-9]{{2}}-[0-9]{{6,}}$");
}
