namespace Exchange.Hub.Grains.ReferenceData;

/// <summary>
/// The hub's quality-assurance register (one per hub, key <see cref="QualityRegisterGrain.Key"/>): the agencies and
/// the DEQAR-style listings of the institutions and programmes they reviewed. Administrators write through the
/// ReferenceData API and the seed; the recognition cases read a snapshot when they assess.
/// </summary>
[Alias("exchange.IQualityRegisterGrain")]
public interface IQualityRegisterGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces an agency (its version rises); returns it as stored.</summary>
    [Alias("PutAgency")]
    Task<RegisteredAgency> PutAgencyAsync(RegisteredAgency agency);

    /// <summary>Records a review under a new listing id; the same review again returns the listing already recorded.
    /// Refused (InvalidArgument, "listing.agency_id") when the agency is not on the register.</summary>
    [Alias("RecordListing")]
    Task<RegisteredListing> RecordListingAsync(RegisteredListing listing);

    /// <summary>The agencies (by id) and listings (newest first).</summary>
    [Alias("Snapshot")]
    Task<QualityRegisterSnapshot> SnapshotAsync();
}
