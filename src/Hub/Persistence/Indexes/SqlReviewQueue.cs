using System.Data.Common;
using System.Globalization;
using Exchange.Hub.Grains.Review;
using Orleans.Serialization;

namespace Exchange.Hub.Persistence.Indexes;

/// <summary>The review queue as rows of <see cref="ReviewQueueSql.Table"/>: adding or removing a case is one statement,
/// whose version guard runs in the database; a page is two queries on one connection.</summary>
internal sealed class SqlReviewQueue(IndexDatabase database, Serializer<ReviewQueueEntry> serializer) : IReviewQueueIndex
{
    public Task UpsertAsync(ReviewQueueEntry entry) =>
        database.ExecuteAsync(ReviewQueueSql.Upsert,
            command => ReviewQueueSql.BindUpsert(command, database.ServiceId, entry, serializer.SerializeToArray(entry)));

    public Task RemoveAsync(string caseId, long version) =>
        database.ExecuteAsync(ReviewQueueSql.Remove, command => ReviewQueueSql.BindRemove(command, database.ServiceId, caseId, version));

    public async Task<int> FillOriginCountriesAsync()
    {
        var filled = 0;
        while (true)
        {
            var batch = await database.ReadAsync(async connection =>
            {
                await using var select = connection.CreateCommand();
                select.CommandText = ReviewQueueSql.SelectWithoutOrigin;
                ReviewQueueSql.BindSelectWithoutOrigin(select, database.ServiceId);
                return await IndexRows.ReadAllAsync(select, serializer);
            });
            if (batch.Count == 0)
            {
                return filled;
            }

            await database.ExecuteEachAsync(ReviewQueueSql.FillOrigin,
                [.. batch.Select(entry => (Action<DbCommand>)(command => ReviewQueueSql.BindFillOrigin(command, database.ServiceId, entry)))]);
            filled += batch.Count;
        }
    }

    public Task<ReviewQueuePage> ListAsync(ReviewQueueQuery query, DateTimeOffset now) =>
        database.ReadAsync(async connection =>
        {
            await using var counts = connection.CreateCommand();
            await using var page = connection.CreateCommand();
            ReviewQueueSql.BindList(counts, page, database.ServiceId, query, now);
            int total, overdue;
            await using (var reader = await counts.ExecuteReaderAsync())
            {
                await reader.ReadAsync();
                (total, overdue) = (Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture));
            }

            var items = await IndexRows.ReadAllAsync(page, serializer);
            ReviewQueueCursor? next = null;
            if (items.Count > query.PageSize)
            {
                items.RemoveAt(items.Count - 1);
                next = ReviewQueueCursor.After(items[^1]);
            }

            return new ReviewQueuePage(items, total, overdue, next, now);
        });
}
