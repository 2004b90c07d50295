namespace Exchange.Hub.Grains.Review;

/// <summary>The hub's review queue, one stored row per case in the hub database (implemented under
/// Persistence/Indexes): adding or removing a case is one statement however long the queue, and a page is read by
/// keyset (<see cref="ReviewQueueCursor"/>).</summary>
public interface IReviewQueueIndex
{
    /// <summary>Adds or refreshes a case; a version older than, or equal to, the one held or removed is ignored.</summary>
    Task UpsertAsync(ReviewQueueEntry entry);

    /// <summary>Removes a case at <paramref name="version"/>, unless it holds a newer one; a later upsert of this
    /// version or an older one does not bring it back.</summary>
    Task RemoveAsync(string caseId, long version);

    /// <summary>Fills the origin countries of live rows stored before the queue could filter by them (their entries
    /// hold the countries); answers how many it filled. Rows written since carry them already.</summary>
    Task<int> FillOriginCountriesAsync();

    /// <summary>The page <paramref name="query"/> asks for, filtered and ordered as of <paramref name="now"/>.</summary>
    Task<ReviewQueuePage> ListAsync(ReviewQueueQuery query, DateTimeOffset now);
}
