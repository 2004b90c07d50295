using Exchange.Adapters.Credentials;

namespace Exchange.Hub.Grains.ReferenceData;

/// <summary>
/// What the register says about one credential on the assessment date, for the rules to weigh: the agency the
/// credential names (by organisation id or DEQAR id; failing both, the agency of the listing found for its awarding
/// body or programme), its EQAR status and national recognition on the date, and the institutional and programme
/// listings (one valid on the date, else the latest). Pure: the register and the date are given.
/// </summary>
public static class QualityRegisterLookup
{
    // What converters write when a source says "EQAR-registered" without an id: no claim of a particular DEQAR record.
    private const string GenericEqarMarker = "EQAR";

    /// <summary>Null when the register is empty: it has nothing to say, and the rules read the statement alone.</summary>
    public static QualityRegisterEvidence? For(QualityRegisterSnapshot register, Credential credential, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(credential);
        if (register.IsEmpty)
        {
            return null;
        }

        var qa = credential.QualityAssurance;
        var claimed = qa?.DeqarId is { Length: > 0 } id && !string.Equals(id, GenericEqarMarker, StringComparison.OrdinalIgnoreCase) ? id : null;
        var institution = Pick(register.Listings.Where(l => l.Scope == ListingScope.Institution && Same(l.InstitutionId, credential.AwardingBody?.Id)), date);
        var programme = Pick(register.Listings.Where(l => l.Scope == ListingScope.Programme
            && (Same(l.ProgrammeId, credential.ProgrammeId) || Same(l.ProgrammeId, credential.ProgrammeCode))), date);

        var named = register.Agencies.FirstOrDefault(a => Same(a.AgencyId, qa?.AgencyId) || Same(a.DeqarAgencyId, qa?.AgencyId) || Same(a.DeqarAgencyId, claimed));
        var statesAnId = qa?.AgencyId is { Length: > 0 } || claimed is not null;
        var agency = named ?? (statesAnId ? null : AgencyOf(register, programme ?? institution));

        return new QualityRegisterEvidence
        {
            AgencyId = agency?.AgencyId,
            AgencyDeqarId = agency is { DeqarAgencyId.Length: > 0 } ? agency.DeqarAgencyId : null,
            ClaimedDeqarId = claimed,
            ClaimedDeqarIdKnown = claimed is not null
                && (register.Agencies.Any(a => Same(a.DeqarAgencyId, claimed)) || register.Listings.Any(l => Same(l.ReportId, claimed))),
            EqarRegistered = agency?.EqarRegisteredOn(date) ?? false,
            EqarRegisteredFrom = Day(agency?.EqarRegisteredFrom),
            EqarRegisteredUntil = Day(agency?.EqarRegisteredUntil),
            NationallyRecognised = agency?.NationallyRecognised ?? false,
            AgencySource = agency?.Source ?? "",
            InstitutionListing = Listing(institution, date),
            ProgrammeListing = Listing(programme, date),
        };
    }

    // A valid listing on the date wins (the most recently decided); otherwise the latest, so an expiry can be said.
    private static RegisteredListing? Pick(IEnumerable<RegisteredListing> listings, DateOnly date)
    {
        var ordered = listings.OrderByDescending(l => l.DecidedAt ?? DateTimeOffset.MinValue).ToList();
        return ordered.FirstOrDefault(l => l.ValidOn(date)) ?? ordered.FirstOrDefault();
    }

    private static RegisteredAgency? AgencyOf(QualityRegisterSnapshot register, RegisteredListing? listing) =>
        listing is null ? null : register.Agencies.FirstOrDefault(a => Same(a.AgencyId, listing.AgencyId));

    private static RegisterListing? Listing(RegisteredListing? listing, DateOnly date) =>
        listing is null ? null : new RegisterListing(listing.ListingId, listing.AgencyId, Day(listing.ValidUntil), listing.ValidOn(date));

    private static bool Same(string? left, string? right) =>
        left is { Length: > 0 } && right is { Length: > 0 } && string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    private static DateOnly? Day(DateTimeOffset? moment) => moment is { } m ? DateOnly.FromDateTime(m.UtcDateTime) : null;
}
