using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Grains.ReferenceData;

/// <summary>A quality-assurance agency on the hub's register: its EQAR registration (from–until) and national
/// recognition, with where those facts come from. <see cref="Version"/> rises with every change.</summary>
[GenerateSerializer, Immutable, Alias("exchange.RegisteredAgency")]
public sealed record RegisteredAgency(
    [property: Id(0)] string AgencyId,
    [property: Id(1)] IReadOnlyList<LocalText> Name,
    [property: Id(2)] string CountryCode,
    [property: Id(3)] string DeqarAgencyId,
    [property: Id(4)] bool EqarRegistered,
    [property: Id(5)] DateTimeOffset? EqarRegisteredFrom,
    [property: Id(6)] DateTimeOffset? EqarRegisteredUntil,
    [property: Id(7)] bool NationallyRecognised,
    [property: Id(8)] string Source,
    [property: Id(9)] long Version)
{
    /// <summary>Registered in EQAR on <paramref name="date"/>: flagged registered and the date within from–until.</summary>
    public bool EqarRegisteredOn(DateOnly date) =>
        EqarRegistered
        && (EqarRegisteredFrom is not { } from || DateOnly.FromDateTime(from.UtcDateTime) <= date)
        && (EqarRegisteredUntil is not { } until || DateOnly.FromDateTime(until.UtcDateTime) >= date);
}

/// <summary>What a listing covers, as DEQAR reports do.</summary>
public enum ListingScope
{
    Institution = 1,
    Programme = 2,
}

/// <summary>The result of a review, as the register records it.</summary>
public enum ListingResult
{
    Unspecified = 0,
    Positive = 1,
    Conditional = 2,
    Negative = 3,
    Pending = 4,
}

/// <summary>One external review on the register (a DEQAR-style report): who was reviewed, by which agency, with what
/// result, valid until when. The id is the register's ("QL-000012").</summary>
[GenerateSerializer, Immutable, Alias("exchange.RegisteredListing")]
public sealed record RegisteredListing(
    [property: Id(0)] string ListingId,
    [property: Id(1)] ListingScope Scope,
    [property: Id(2)] string InstitutionId,
    [property: Id(3)] string ProgrammeId,
    [property: Id(4)] string AgencyId,
    [property: Id(5)] ListingResult Result,
    [property: Id(6)] DateTimeOffset? DecidedAt,
    [property: Id(7)] DateTimeOffset? ValidUntil,
    [property: Id(8)] string ReportId,
    [property: Id(9)] string ReportUrl)
{
    /// <summary>Positive (or positive with conditions), decided by <paramref name="date"/> and not expired on it.</summary>
    public bool ValidOn(DateOnly date) =>
        Result is ListingResult.Positive or ListingResult.Conditional
        && (DecidedAt is not { } decided || DateOnly.FromDateTime(decided.UtcDateTime) <= date)
        && (ValidUntil is not { } until || DateOnly.FromDateTime(until.UtcDateTime) >= date);

    /// <summary>The same review recorded twice (a seed run again, a retried call): same scope, subject, agency and date.</summary>
    public bool SameReviewAs(RegisteredListing other) =>
        Scope == other.Scope
        && string.Equals(InstitutionId, other.InstitutionId, StringComparison.Ordinal)
        && string.Equals(ProgrammeId, other.ProgrammeId, StringComparison.Ordinal)
        && string.Equals(AgencyId, other.AgencyId, StringComparison.Ordinal)
        && DecidedAt == other.DecidedAt;
}

/// <summary>The whole register at one moment, for the lookup at assessment time.</summary>
[GenerateSerializer, Immutable, Alias("exchange.QualityRegisterSnapshot")]
public sealed record QualityRegisterSnapshot(
    [property: Id(0)] IReadOnlyList<RegisteredAgency> Agencies,
    [property: Id(1)] IReadOnlyList<RegisteredListing> Listings)
{
    public static QualityRegisterSnapshot Empty { get; } = new([], []);

    public bool IsEmpty => Agencies.Count == 0 && Listings.Count == 0;
}
