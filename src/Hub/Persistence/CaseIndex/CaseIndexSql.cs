using System.Data.Common;
using System.Globalization;
using System.Text;
using Exchange.Hub.Grains.Recognition;
using static Exchange.Hub.Persistence.SqlParameters;

namespace Exchange.Hub.Persistence.CaseIndex;

/// <summary>
/// The case index's statements, in the SQL that SQLite and PostgreSQL share (ON CONFLICT upserts, @-parameters,
/// times as UTC ticks), bound on any ADO.NET command. One row per case; the upsert keeps the newest version, so
/// writes that race or arrive late never move a case back. The table itself is made by each dialect's migrations
/// (Persistence/Migrations).
/// </summary>
internal static class CaseIndexSql
{
    public const string Table = "exchange_case_index";

    public const string Upsert = $"""
        INSERT INTO {Table} (service_id, institution_id, case_id, version, status, purpose, received_ticks, updated_ticks)
        VALUES (@service, @institution, @case, @version, @status, @purpose, @received, @updated)
        ON CONFLICT (service_id, institution_id, case_id) DO UPDATE SET
            version = excluded.version, status = excluded.status, purpose = excluded.purpose,
            received_ticks = excluded.received_ticks, updated_ticks = excluded.updated_ticks
        WHERE excluded.version > {Table}.version;
        """;

    /// <summary>Removes the case's row and its rows by credential.</summary>
    public const string Delete = $"DELETE FROM {Table} WHERE service_id = @service AND institution_id = @institution AND case_id = @case;" + CaseCredentialSql.Delete;

    /// <summary>Cases whose processing had not finished (bound by <see cref="UnfinishedAsync"/>: @service, @received,
    /// @waiting); a storage may add further cases with a UNION.</summary>
    public const string Unfinished = $"SELECT institution_id, case_id FROM {Table} WHERE service_id = @service AND status IN (@received, @waiting)";

    /// <summary>The upsert followed by the insert of the case's rows by credential (<see cref="CaseCredentialSql"/>), as
    /// one command's text: what <see cref="BindUpsertParameters"/> binds.</summary>
    public static string UpsertWithCredentials(CaseListEntry entry) => Upsert + CaseCredentialSql.Insert(entry.Credentials.Count);

    /// <summary>Binds <see cref="UpsertWithCredentials"/> (the writer's prepared command for that text).</summary>
    public static void BindUpsert(DbCommand command, string serviceId, string institutionId, CaseListEntry entry)
    {
        command.CommandText = UpsertWithCredentials(entry);
        BindUpsertParameters(command, serviceId, institutionId, entry);
    }

    /// <summary>The parameters of <see cref="UpsertWithCredentials"/>, for a command that runs it with further statements
    /// on the same case.</summary>
    public static void BindUpsertParameters(DbCommand command, string serviceId, string institutionId, CaseListEntry entry)
    {
        foreach (var (name, value) in UpsertParameters(serviceId, institutionId, entry).Concat(CaseCredentialSql.CredentialParameters(entry)))
        {
            Add(command, name, value);
        }
    }

    /// <summary>The insert of the case's rows by credential as a statement of its own, for a batch of single
    /// statements; null when the entry names no credential.</summary>
    public static (string Text, IEnumerable<(string Name, object Value)> Parameters)? CredentialStatement(string serviceId, string institutionId, CaseListEntry entry) =>
        entry.Credentials.Count == 0
            ? null
            : (CaseCredentialSql.Insert(entry.Credentials.Count),
                [("@service", serviceId), ("@institution", institutionId), ("@case", entry.CaseId), .. CaseCredentialSql.CredentialParameters(entry)]);

    /// <summary>The upsert as text and parameters, for a batch of statements sent together.</summary>
    public static (string Text, IEnumerable<(string Name, object Value)> Parameters) UpsertStatement(string serviceId, string institutionId, CaseListEntry entry) =>
        (Upsert, UpsertParameters(serviceId, institutionId, entry));

    private static IEnumerable<(string Name, object Value)> UpsertParameters(string serviceId, string institutionId, CaseListEntry entry) =>
    [
        ("@service", serviceId),
        ("@institution", institutionId),
        ("@case", entry.CaseId),
        ("@version", entry.Version),
        ("@status", (int)entry.Status),
        ("@purpose", (int)entry.Purpose),
        ("@received", entry.ReceivedAt.UtcTicks),
        ("@updated", entry.UpdatedAt.UtcTicks),
    ];

    public static void BindDelete(DbCommand command, string serviceId, string institutionId, string caseId) =>
        BindCase(command, Delete, serviceId, institutionId, caseId);

    /// <summary>Binds <paramref name="sql"/>, a statement on one case's row (@service, @institution, @case).</summary>
    public static void BindCase(DbCommand command, string sql, string serviceId, string institutionId, string caseId)
    {
        command.CommandText = sql;
        Add(command, "@service", serviceId);
        Add(command, "@institution", institutionId);
        Add(command, "@case", caseId);
    }

    public static async Task<IReadOnlyList<IndexedCase>> UnfinishedAsync(DbConnection connection, string serviceId, CancellationToken cancellationToken,
        string query = Unfinished)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        Add(command, "@service", serviceId);
        Add(command, "@received", (int)CaseStatus.Received);
        Add(command, "@waiting", (int)CaseStatus.WaitingForPeer);
        var cases = new List<IndexedCase>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cases.Add(new IndexedCase(reader.GetString(0), reader.GetString(1)));
        }

        return cases;
    }

    /// <param name="ordinalCaseId">The case id ordering expression: by code point, as the list has always been.</param>
    public static async Task<CaseListPage> ListAsync(DbConnection connection, string serviceId, string institutionId, CaseListQuery query, string ordinalCaseId)
    {
        await using var count = connection.CreateCommand();
        await using var page = connection.CreateCommand();
        BindList(count, page, serviceId, institutionId, query, ordinalCaseId);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        var ids = await ReadIdsAsync(page, CancellationToken.None);
        var next = query.Offset + ids.Count < total ? query.Offset + ids.Count : (int?)null;
        return new CaseListPage(ids, total, next);
    }

    private static async Task<List<string>> ReadIdsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static void BindList(DbCommand count, DbCommand page, string serviceId, string institutionId, CaseListQuery query, string ordinalCaseId)
    {
        var filter = new StringBuilder($"FROM {Table} WHERE service_id = @service AND institution_id = @institution");
        foreach (var command in new[] { count, page })
        {
            Add(command, "@service", serviceId);
            Add(command, "@institution", institutionId);
        }

        if (query.Statuses.Count > 0)
        {
            filter.Append(" AND status IN (");
            for (var i = 0; i < query.Statuses.Count; i++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@status{i}");
                filter.Append(i == 0 ? name : ", " + name);
                Add(count, name, (int)query.Statuses[i]);
                Add(page, name, (int)query.Statuses[i]);
            }

            filter.Append(')');
        }

        if (query.Purpose is { } purpose)
        {
            filter.Append(" AND purpose = @purpose");
            Add(count, "@purpose", (int)purpose);
            Add(page, "@purpose", (int)purpose);
        }

        if (query.UpdatedSince is { } since)
        {
            filter.Append(" AND updated_ticks >= @since");
            Add(count, "@since", since.UtcTicks);
            Add(page, "@since", since.UtcTicks);
        }

        Add(page, "@limit", query.PageSize);
        Add(page, "@offset", query.Offset);
        count.CommandText = $"SELECT COUNT(*) {filter};";
        page.CommandText = $"SELECT case_id {filter} ORDER BY received_ticks DESC, {ordinalCaseId} LIMIT @limit OFFSET @offset;";
    }
}
