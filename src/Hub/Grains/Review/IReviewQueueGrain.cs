namespace Exchange.Hub.Grains.Review;

/// <summary>
/// The hub's review queue: cases referred to officers, appealed or before a commission. One per hub; only
/// referrals touch it, never the automatic path, so it is not a bottleneck for ordinary cases. A listing takes the
/// caller's cancellation token: a request whose caller went away is dropped before it starts.
/// </summary>
[Alias("exchange.IReviewQueueGrain")]
public interface IReviewQueueGrain : IGrainWithStringKey
{
    /// <summary>Adds or refreshes a case; an older version than the one held is ignored.</summary>
    [Alias("Upsert")]
    Task UpsertAsync(ReviewQueueEntry entry);

    [Alias("Remove")]
    Task RemoveAsync(string caseId, long version);

    [Alias("List")]
    Task<ReviewQueuePage> ListAsync(ReviewQueueQuery query, CancellationToken cancellationToken = default);
}

public static class ReviewQueueKeys
{
    /// <summary>A cluster serves one hub, so one queue key suffices.</summary>
    public const string Key = "hub";
}
