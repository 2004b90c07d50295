using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Review;

/// <summary>
/// The hub's review queue: cases referred to officers, appealed or before a commission. One per hub; only
/// referrals touch it, never the automatic path, so it is not a bottleneck for ordinary cases.
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
    Task<ReviewQueuePage> ListAsync(ReviewQueueQuery query);
}

public static class ReviewQueueKeys
{
    /// <summary>A cluster serves one hub, so one queue key suffices.</summary>
    public const string Key = "hub";
}

[GenerateSerializer, Alias("exchange.ReviewQueueState")]
public sealed class ReviewQueueState
{
    [Id(0)] public Dictionary<string, ReviewQueueEntry> Entries { get; set; } = [];

    /// <summary>Versions of removed cases, so a late upsert of an older version cannot resurrect them.</summary>
    [Id(1)] public Dictionary<string, long> Removed { get; set; } = [];
}

public sealed class ReviewQueueGrain(
    [PersistentState("review-queue", HubStorage.Name)] IPersistentState<ReviewQueueState> store,
    TimeProvider time) : Grain, IReviewQueueGrain
{
    async Task IReviewQueueGrain.UpsertAsync(ReviewQueueEntry entry)
    {
        var entries = store.State.Entries;
        if ((entries.TryGetValue(entry.CaseId, out var held) && held.Version >= entry.Version)
            || (store.State.Removed.TryGetValue(entry.CaseId, out var removed) && removed >= entry.Version))
        {
            return;
        }

        entries[entry.CaseId] = entry;
        store.State.Removed.Remove(entry.CaseId);
        await store.WriteStateAsync();
    }

    async Task IReviewQueueGrain.RemoveAsync(string caseId, long version)
    {
        if (store.State.Entries.TryGetValue(caseId, out var held) && held.Version > version)
        {
            return;
        }

        var changed = store.State.Entries.Remove(caseId);
        if (changed || !store.State.Removed.TryGetValue(caseId, out var known) || known < version)
        {
            store.State.Removed[caseId] = version;
            await store.WriteStateAsync();
        }
    }

    Task<ReviewQueuePage> IReviewQueueGrain.ListAsync(ReviewQueueQuery query)
    {
        var now = time.GetUtcNow();
        var all = store.State.Entries.Values;
        var matching = all.Where(e =>
                (query.Flagged.Count == 0 || e.Flagged.Any(query.Flagged.Contains))
                && e.AgeDays(now) >= query.MinAgeDays
                && (query.DeadlineBefore is not { } before || (e.Deadline is { } d && d < before))
                && (!query.OverdueOnly || e.IsOverdueAt(now))
                && (query.AssignedTo is null || e.AssignedOfficerId == query.AssignedTo)
                && (!query.UnassignedOnly || e.AssignedOfficerId is null)
                && (!query.AppealsOnly || e.IsAppeal)
                && (query.Purpose is not { } purpose || e.Purpose == purpose));
        var ordered = query.OldestFirst
            ? matching.OrderBy(e => e.ReceivedAt).ThenBy(e => e.CaseId, StringComparer.Ordinal)
            : matching.OrderBy(e => e.Deadline ?? DateTimeOffset.MaxValue).ThenBy(e => e.ReceivedAt).ThenBy(e => e.CaseId, StringComparer.Ordinal);
        var list = ordered.ToList();
        var page = list.Skip(query.Offset).Take(query.PageSize).ToList();
        var next = query.Offset + page.Count < list.Count ? query.Offset + page.Count : (int?)null;
        return Task.FromResult(new ReviewQueuePage(page, list.Count, all.Count(e => e.IsOverdueAt(now)), next, now));
    }
}
