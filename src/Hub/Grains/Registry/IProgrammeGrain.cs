namespace Exchange.Hub.Grains.Registry;

/// <summary>One programme (key: programme id, e.g. <c>KZ-KAZNU-MC-DATA-01</c>): description, reviews, listing.</summary>
[Alias("exchange.IProgrammeGrain")]
public interface IProgrammeGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<ProgrammeSnapshot> CreateAsync(ProgrammeProfile profile, CancellationToken cancellationToken = default);

    /// <summary>The programme, or null when it is not registered.</summary>
    [Alias("Get")]
    Task<ProgrammeSnapshot?> GetAsync(CancellationToken cancellationToken = default);

    [Alias("Update")]
    Task<ProgrammeSnapshot> UpdateAsync(ProgrammeProfile profile, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Records a review and re-applies the listing rule (a first listing gets a registry number).</summary>
    [Alias("RecordReview")]
    Task<ProgrammeSnapshot> RecordReviewAsync(ProgrammeReviewRecord review, CancellationToken cancellationToken = default);
}
