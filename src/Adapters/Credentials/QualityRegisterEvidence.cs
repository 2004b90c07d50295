namespace Exchange.Adapters.Credentials;

/// <summary>
/// The hub's quality-assurance register's answer about one credential on the assessment date: the agency it names
/// (found by organisation id or DEQAR id, else by the listing of the awarding body), whether that agency is registered
/// in EQAR on the date or nationally recognised, and the institutional and programme listings found. The hub looks it
/// up; the rules only weigh it, so they stay pure.
/// </summary>
public sealed record QualityRegisterEvidence
{
    /// <summary>The agency's id on the register; null = the agency is not on the register.</summary>
    public string? AgencyId { get; init; }

    /// <summary>The agency's DEQAR id on the register, if any.</summary>
    public string? AgencyDeqarId { get; init; }

    /// <summary>The DEQAR id the credential claims (agency or report), if any.</summary>
    public string? ClaimedDeqarId { get; init; }

    /// <summary>Whether the register knows <see cref="ClaimedDeqarId"/> (an agency's DEQAR id or a listing's report id).</summary>
    public bool ClaimedDeqarIdKnown { get; init; }

    /// <summary>Registered in EQAR on the assessment date, per the register.</summary>
    public bool EqarRegistered { get; init; }

    public DateOnly? EqarRegisteredFrom { get; init; }

    public DateOnly? EqarRegisteredUntil { get; init; }

    /// <summary>Recognised by the national authorities (an agency not on EQAR), per the register.</summary>
    public bool NationallyRecognised { get; init; }

    /// <summary>Where the register's facts about the agency come from (and whether they are verified).</summary>
    public string AgencySource { get; init; } = "";

    /// <summary>The awarding body's institutional listing: one valid on the date, else the latest; null = none.</summary>
    public RegisterListing? InstitutionListing { get; init; }

    /// <summary>The programme's listing: one valid on the date, else the latest; null = none.</summary>
    public RegisterListing? ProgrammeListing { get; init; }

    /// <summary>The listing that backs the credential on the date: the programme's, else the institution's.</summary>
    public RegisterListing? ValidListing =>
        ProgrammeListing is { ValidOnDate: true } ? ProgrammeListing : InstitutionListing is { ValidOnDate: true } ? InstitutionListing : null;
}

/// <summary>One review outcome on the register as it bears on the assessment date: positive and not expired = valid.</summary>
public sealed record RegisterListing(string ListingId, string AgencyId, DateOnly? ValidUntil, bool ValidOnDate);
