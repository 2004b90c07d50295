using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Hosting;
using Orleans.Concurrency;

namespace Exchange.Hub.Grains.Review;

/// <summary>How an earlier hub stored the whole queue in one state; read only to move it into the rows.</summary>
[GenerateSerializer, Alias("exchange.ReviewQueueState")]
public sealed class ReviewQueueState
{
    [Id(0)] public Dictionary<string, ReviewQueueEntry> Entries { get; set; } = [];

    /// <summary>Versions of removed cases, so a late upsert of an older version cannot resurrect them.</summary>
    [Id(1)] public Dictionary<string, long> Removed { get; set; } = [];
}

/// <summary>The queue as rows of the review-queue index (<see cref="IReviewQueueIndex"/>), whose version guard runs in
/// the database. Reentrant: the rows are the only state, so cases referred together are not queued behind each
/// other's writes.</summary>
[Reentrant]
public sealed class ReviewQueueGrain(
    [PersistentState("review-queue", HubStorage.Name)] IPersistentState<ReviewQueueState> legacy,
    IReviewQueueIndex queue,
    TimeProvider time) : Grain, IReviewQueueGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await LegacyDirectoryState.MoveAsync<ReviewQueueState, Func<Task>>(legacy, [.. legacy.State.Entries.Values.Select(Upsert), .. legacy.State.Removed.Select(Remove)], move => move());
        // Rows stored before the origin filter existed get their countries now, before the first listing.
        await queue.FillOriginCountriesAsync();
    }

    Task IReviewQueueGrain.UpsertAsync(ReviewQueueEntry entry) => queue.UpsertAsync(entry);

    Task IReviewQueueGrain.RemoveAsync(string caseId, long version) => queue.RemoveAsync(caseId, version);

    Task<ReviewQueuePage> IReviewQueueGrain.ListAsync(ReviewQueueQuery query, CancellationToken cancellationToken) => queue.ListAsync(query, time.GetUtcNow());

    private Func<Task> Upsert(ReviewQueueEntry entry) => () => queue.UpsertAsync(entry);

    private Func<Task> Remove(KeyValuePair<string, long> removed) => () => queue.RemoveAsync(removed.Key, removed.Value);
}
