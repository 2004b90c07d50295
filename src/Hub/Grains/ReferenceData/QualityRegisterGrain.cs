using System.Globalization;
using Exchange.Hub.Errors;
using Exchange.Hub.Hosting;
using Orleans.Concurrency;

namespace Exchange.Hub.Grains.ReferenceData;

[GenerateSerializer, Alias("exchange.QualityRegisterState")]
public sealed class QualityRegisterState
{
    [Id(0)]
    public List<RegisteredAgency> Agencies { get; set; } = [];

    [Id(1)]
    public List<RegisteredListing> Listings { get; set; } = [];

    /// <summary>The last listing number handed out (0 = none yet); numbers are never reused.</summary>
    [Id(2)]
    public long LastListingNumber { get; set; }
}

/// <summary>
/// The register, one grain per hub. Invariant: every listing names an agency on the register, and no review is listed
/// twice. It is reference data of a national centre — tens of agencies, a few thousand reviews — so it is one bounded
/// state, written before any call returns.
/// </summary>
internal sealed class QualityRegisterGrain(
    [PersistentState("quality-register", HubStorage.Name)] IPersistentState<QualityRegisterState> state)
    : Grain, IQualityRegisterGrain
{
    /// <summary>The one key: a hub has one register.</summary>
    public const string Key = "hub";

    internal const int MaxAgencies = 500;
    internal const int MaxListings = 5000;

    private QualityRegisterState S => state.State;

    public async Task<RegisteredAgency> PutAgencyAsync(RegisteredAgency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var index = S.Agencies.FindIndex(a => string.Equals(a.AgencyId, agency.AgencyId, StringComparison.Ordinal));
        if (index < 0 && S.Agencies.Count >= MaxAgencies)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "REGISTER_FULL",
                string.Create(CultureInfo.InvariantCulture, $"The register holds its maximum of {MaxAgencies} agencies."), "agency.agency_id");
        }

        var stored = agency with { Version = index < 0 ? 1 : S.Agencies[index].Version + 1 };
        if (index < 0)
        {
            S.Agencies.Add(stored);
            S.Agencies.Sort((a, b) => string.CompareOrdinal(a.AgencyId, b.AgencyId));
        }
        else
        {
            S.Agencies[index] = stored;
        }

        await state.WriteStateAsync();
        return stored;
    }

    public async Task<RegisteredListing> RecordListingAsync(RegisteredListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        if (!S.Agencies.Any(a => string.Equals(a.AgencyId, listing.AgencyId, StringComparison.Ordinal)))
        {
            throw new HubException(ErrorKind.InvalidArgument, "AGENCY_NOT_ON_REGISTER",
                $"The agency {listing.AgencyId} is not on the register; put it first.", "listing.agency_id");
        }

        if (S.Listings.FirstOrDefault(l => l.SameReviewAs(listing)) is { } recorded)
        {
            return recorded;
        }

        if (S.Listings.Count >= MaxListings)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "REGISTER_FULL",
                string.Create(CultureInfo.InvariantCulture, $"The register holds its maximum of {MaxListings} listings."), "listing");
        }

        S.LastListingNumber++;
        var stored = listing with { ListingId = string.Create(CultureInfo.InvariantCulture, $"QL-{S.LastListingNumber:D6}") };
        S.Listings.Add(stored);
        await state.WriteStateAsync();
        return stored;
    }

    [ReadOnly]
    public Task<QualityRegisterSnapshot> SnapshotAsync() => Task.FromResult(new QualityRegisterSnapshot(
        [.. S.Agencies],
        [.. S.Listings.AsEnumerable().Reverse()]));
}
