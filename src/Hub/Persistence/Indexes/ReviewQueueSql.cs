using System.Data;
using System.Data.Common;
using System.Text;
using Exchange.Hub.Grains.Review;
using static Exchange.Hub.Persistence.SqlParameters;

namespace Exchange.Hub.Persistence.Indexes;

/// <summary>
/// The review queue's table: one row per case the officers see, with the columns its filters and its two orders use,
/// the entry in Orleans' binary form. A removed case stays as a row without entry (removed = 1) holding the version it
/// was removed at, so that a late upsert of an older version cannot bring it back. Pages follow the order's key
/// (keyset), so a page costs the same at the end of a long queue as at its start.
/// </summary>
internal static class ReviewQueueSql
{
    public const string Table = "exchange_review_queue";

    /// <summary>The entry's <see cref="ReviewQueueEntry.IsOverdueAt"/>, at <c>@now</c>.</summary>
    private const string Overdue = "(overdue = 1 OR deadline_ticks < @now)";

    /// <summary>Stores the entry unless the row holds this version or a newer one, live or removed.</summary>
    public const string Upsert = $"""
        INSERT INTO {Table} (service_id, case_id, version, removed, purpose, flagged_mask, received_ticks, deadline_ticks,
            deadline_key, overdue, assigned_officer_id, is_appeal, origin_countries, entry)
        VALUES (@service, @case, @version, 0, @purpose, @flagged, @received, @deadline, @deadlineKey, @overdue, @assigned, @appeal, @origin, @entry)
        ON CONFLICT (service_id, case_id) DO UPDATE SET
            version = excluded.version, removed = 0, purpose = excluded.purpose, flagged_mask = excluded.flagged_mask,
            received_ticks = excluded.received_ticks, deadline_ticks = excluded.deadline_ticks, deadline_key = excluded.deadline_key,
            overdue = excluded.overdue, assigned_officer_id = excluded.assigned_officer_id, is_appeal = excluded.is_appeal,
            origin_countries = excluded.origin_countries, entry = excluded.entry
        WHERE excluded.version > {Table}.version;
        """;

    /// <summary>Removes the case at <c>@version</c> unless it holds a newer entry, or was removed at this version or later.</summary>
    public const string Remove = $"""
        INSERT INTO {Table} (service_id, case_id, version, removed, purpose, flagged_mask, received_ticks, deadline_ticks,
            deadline_key, overdue, assigned_officer_id, is_appeal, entry)
        VALUES (@service, @case, @version, 1, 0, 0, 0, NULL, 0, 0, NULL, 0, NULL)
        ON CONFLICT (service_id, case_id) DO UPDATE SET version = excluded.version, removed = 1, entry = NULL
        WHERE {Table}.version < excluded.version OR ({Table}.removed = 0 AND {Table}.version = excluded.version);
        """;

    /// <summary>Live rows written before the origin column existed (migration NNNN_review_queue_origin), a batch at a time.</summary>
    public const string SelectWithoutOrigin = $"""
        SELECT entry FROM {Table} WHERE service_id = @service AND removed = 0 AND origin_countries IS NULL LIMIT 500;
        """;

    /// <summary>Fills one such row's origin, unless an upsert has filled it meanwhile.</summary>
    public const string FillOrigin = $"""
        UPDATE {Table} SET origin_countries = @origin
        WHERE service_id = @service AND case_id = @case AND origin_countries IS NULL;
        """;

    public static void BindSelectWithoutOrigin(DbCommand command, string serviceId) => Add(command, "@service", serviceId);

    public static void BindFillOrigin(DbCommand command, string serviceId, ReviewQueueEntry entry)
    {
        Add(command, "@service", serviceId);
        Add(command, "@case", entry.CaseId);
        Add(command, "@origin", OriginCountries(entry.IssuingCountries));
    }

    /// <summary>The issuing countries as ",KZ,UA,": a filter matches one whole code with <c>LIKE '%,KZ,%'</c>.</summary>
    public static string OriginCountries(IEnumerable<string> countries) =>
        "," + string.Join(",", countries.Where(c => c.Length > 0).Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) + ",";

    public static void BindUpsert(DbCommand command, string serviceId, ReviewQueueEntry entry, byte[] item)
    {
        Add(command, "@service", serviceId);
        Add(command, "@case", entry.CaseId);
        Add(command, "@version", entry.Version);
        Add(command, "@purpose", (int)entry.Purpose);
        Add(command, "@flagged", FlaggedMask(entry.Flagged));
        Add(command, "@received", entry.ReceivedAt.UtcTicks);
        IndexRows.AddNullable(command, "@deadline", entry.Deadline?.UtcTicks, DbType.Int64);
        Add(command, "@deadlineKey", ReviewQueueCursor.OrderOf(entry.Deadline));
        Add(command, "@overdue", entry.Overdue ? 1 : 0);
        IndexRows.AddNullable(command, "@assigned", entry.AssignedOfficerId, DbType.String);
        Add(command, "@appeal", entry.IsAppeal ? 1 : 0);
        Add(command, "@origin", OriginCountries(entry.IssuingCountries));
        Add(command, "@entry", item);
    }

    public static void BindRemove(DbCommand command, string serviceId, string caseId, long version)
    {
        Add(command, "@service", serviceId);
        Add(command, "@case", caseId);
        Add(command, "@version", version);
    }

    /// <summary>One bit per criterion, so "flagged on any of these" is one test on an integer column.</summary>
    public static long FlaggedMask(IEnumerable<Adapters.Recognition.Criterion> criteria) =>
        criteria.Aggregate(0L, (mask, criterion) => mask | (1L << (int)criterion));

    /// <summary>Binds the counts of a query (rows matching its filters; overdue rows of the whole queue) on
    /// <paramref name="counts"/>, and its page, one row past the page size, on <paramref name="page"/>.</summary>
    public static void BindList(DbCommand counts, DbCommand page, string serviceId, ReviewQueueQuery query, DateTimeOffset now)
    {
        var parameters = new List<(string Name, object Value)> { ("@service", serviceId) };
        var filter = new StringBuilder("1 = 1");
        if (query.Flagged.Count > 0)
        {
            filter.Append(" AND (flagged_mask & @flagged) <> 0");
            parameters.Add(("@flagged", FlaggedMask(query.Flagged)));
        }

        if (query.MinAgeDays > 0)
        {
            // AgeDays >= n is "received at least n whole days ago".
            filter.Append(" AND received_ticks <= @receivedBy");
            parameters.Add(("@receivedBy", now.UtcTicks - (query.MinAgeDays * TimeSpan.TicksPerDay)));
        }

        if (query.DeadlineBefore is { } before)
        {
            filter.Append(" AND deadline_ticks < @deadlineBefore");
            parameters.Add(("@deadlineBefore", before.UtcTicks));
        }

        if (query.OverdueOnly)
        {
            filter.Append(" AND ").Append(Overdue);
            parameters.Add(("@now", now.UtcTicks));
        }

        if (query.AssignedTo is { } officer)
        {
            filter.Append(" AND assigned_officer_id = @assigned");
            parameters.Add(("@assigned", officer));
        }

        if (query.UnassignedOnly)
        {
            filter.Append(" AND assigned_officer_id IS NULL");
        }

        if (query.AppealsOnly)
        {
            filter.Append(" AND is_appeal = 1");
        }

        if (query.OriginCountry is { Length: > 0 } origin)
        {
            // The service admits two letters only, so the code carries no LIKE wildcard.
            filter.Append(" AND origin_countries LIKE @origin");
            parameters.Add(("@origin", "%," + origin.ToUpperInvariant() + ",%"));
        }

        if (query.Purpose is { } purpose)
        {
            filter.Append(" AND purpose = @purpose");
            parameters.Add(("@purpose", (int)purpose));
        }

        var (keyset, order) = query.OldestFirst
            ? ("(received_ticks, case_id) > (@afterReceived, @afterCase)", "received_ticks, case_id")
            : ("(deadline_key, received_ticks, case_id) > (@afterDeadline, @afterReceived, @afterCase)", "deadline_key, received_ticks, case_id");
        var pageFilter = new StringBuilder(filter.ToString());
        var pageParameters = new List<(string Name, object Value)>(parameters) { ("@limit", query.PageSize + 1) };
        if (query.After is { } after)
        {
            pageFilter.Append(" AND ").Append(keyset);
            pageParameters.Add(("@afterReceived", after.ReceivedTicks));
            pageParameters.Add(("@afterCase", after.CaseId));
            if (!query.OldestFirst)
            {
                pageParameters.Add(("@afterDeadline", after.DeadlineKey));
            }
        }

        counts.CommandText = $"""
            SELECT COUNT(CASE WHEN {filter} THEN 1 END), COUNT(CASE WHEN {Overdue} THEN 1 END)
            FROM {Table} WHERE service_id = @service AND removed = 0;
            """;
        page.CommandText = $"""
            SELECT entry FROM {Table} WHERE service_id = @service AND removed = 0 AND {pageFilter}
            ORDER BY {order} LIMIT @limit;
            """;
        parameters.ForEach(p => Add(counts, p.Name, p.Value));
        if (!query.OverdueOnly)
        {
            // The overdue count needs the instant even when the filter does not.
            Add(counts, "@now", now.UtcTicks);
        }

        pageParameters.ForEach(p => Add(page, p.Name, p.Value));
    }
}
