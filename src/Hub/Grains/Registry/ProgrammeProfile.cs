namespace Exchange.Hub.Grains.Registry;

/// <summary>Internal or external programme review (registry.proto ProgrammeReviewKind).</summary>
public enum ProgrammeReviewKind
{
    Internal = 1,
    External = 2,
}

/// <summary>Whether a programme is in the open registry (registry.proto ProgrammeRegistryStatus).</summary>
public enum ProgrammeListing
{
    Draft = 1,
    Listed = 2,
    Delisted = 3,
}

/// <summary>
/// A programme as its institution describes it. The grain reasons on id, institution, kind code and titles; the
/// descriptive record (outcomes, workload, level, methods...) is the contract's bytes in <see cref="Document"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.ProgrammeProfile")]
public sealed record ProgrammeProfile(
    [property: Id(0)] string ProgrammeId,
    [property: Id(1)] string InstitutionId,
    [property: Id(2)] string Country,
    [property: Id(3)] int Kind,
    [property: Id(4)] IReadOnlyList<TextValue> Titles,
    [property: Id(5)] byte[] Document);

/// <summary>One recorded review: its kind, whether it was positive, until when it holds, and the contract's bytes.</summary>
[GenerateSerializer, Immutable, Alias("exchange.ProgrammeReviewRecord")]
public sealed record ProgrammeReviewRecord(
    [property: Id(0)] ProgrammeReviewKind Kind,
    [property: Id(1)] bool Positive,
    [property: Id(2)] DateTimeOffset? ValidUntil,
    [property: Id(3)] byte[] Document)
{
    public bool HoldsAt(DateTimeOffset instant) => Positive && (ValidUntil is null || instant < ValidUntil);
}

/// <summary>A programme as read: profile, latest reviews, open-registry listing.</summary>
[GenerateSerializer, Immutable, Alias("exchange.ProgrammeSnapshot")]
public sealed record ProgrammeSnapshot(
    [property: Id(0)] ProgrammeProfile Profile,
    [property: Id(1)] ProgrammeReviewRecord? InternalReview,
    [property: Id(2)] ProgrammeReviewRecord? ExternalReview,
    [property: Id(3)] ProgrammeListing Listing,
    [property: Id(4)] string? RegistryNumber,
    [property: Id(5)] DateTimeOffset? ListedAt,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] long Version)
{
    /// <summary>Listing as of <paramref name="now"/>: a listed programme whose review ran out is no longer listed.</summary>
    public ProgrammeListing ListingAt(DateTimeOffset now) =>
        Listing == ProgrammeListing.Listed && !ProgrammeListingRule.BothReviewsHold(InternalReview, ExternalReview, now)
            ? ProgrammeListing.Delisted
            : Listing;

    public ProgrammeSummary ToSummary() =>
        new(Profile.ProgrammeId, Profile.InstitutionId, Profile.Kind, Profile.Titles, Listing,
            ProgrammeListingRule.ListedUntil(InternalReview, ExternalReview));
}

/// <summary>The listing view held by the programme directory.</summary>
[GenerateSerializer, Immutable, Alias("exchange.ProgrammeSummary")]
public sealed record ProgrammeSummary(
    [property: Id(0)] string ProgrammeId,
    [property: Id(1)] string InstitutionId,
    [property: Id(2)] int Kind,
    [property: Id(3)] IReadOnlyList<TextValue> Titles,
    [property: Id(4)] ProgrammeListing Listing,
    [property: Id(5)] DateTimeOffset? ListedUntil)
{
    public bool ListedAt(DateTimeOffset now) => Listing == ProgrammeListing.Listed && (ListedUntil is null || now < ListedUntil);
}

/// <summary>
/// Kazakhstan's rule for the open registry: a programme is listed only while its latest internal AND external
/// reviews are both positive and still valid; otherwise a listed programme is delisted.
/// </summary>
public static class ProgrammeListingRule
{
    public static bool BothReviewsHold(ProgrammeReviewRecord? internalReview, ProgrammeReviewRecord? externalReview, DateTimeOffset now) =>
        internalReview is not null && externalReview is not null && internalReview.HoldsAt(now) && externalReview.HoldsAt(now);

    public static ProgrammeListing Next(ProgrammeListing current, ProgrammeReviewRecord? internalReview, ProgrammeReviewRecord? externalReview, DateTimeOffset now) =>
        BothReviewsHold(internalReview, externalReview, now) ? ProgrammeListing.Listed
        : current == ProgrammeListing.Draft ? ProgrammeListing.Draft
        : ProgrammeListing.Delisted;

    public static DateTimeOffset? ListedUntil(ProgrammeReviewRecord? internalReview, ProgrammeReviewRecord? externalReview) =>
        new[] { internalReview?.ValidUntil, externalReview?.ValidUntil }.Where(v => v is not null).Min();
}
