using System.Data;
using System.Data.Common;
using System.Globalization;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using static Exchange.Hub.Persistence.SqlParameters;

namespace Exchange.Hub.Persistence.Indexes;

/// <summary>
/// The precedents index's statements, one row per decision in plain columns (made by the migrations): a case's
/// decisions are upserted by decision id, so writing them again changes nothing and a later decision marks the one
/// it replaced. Lookups are by foreign institution (same programme first) or by time, each on an index.
/// </summary>
internal static class PrecedentSql
{
    public const string Table = "exchange_precedent";

    private const string Columns = """
        decision_id, case_id, institution_id, institution_name, programme_title, programme_key, country, purpose, outcome,
        reasons, reasons_language, decided_ticks, decided_by, decider_id, superseded_by
        """;

    public const string Upsert = $"""
        INSERT INTO {Table} (service_id, {Columns})
        VALUES (@service, @decision, @case, @institution, @institutionName, @programme, @programmeKey, @country, @purpose, @outcome,
            @reasons, @language, @decided, @decidedBy, @decider, @supersededBy)
        ON CONFLICT (service_id, decision_id) DO UPDATE SET
            case_id = excluded.case_id, institution_id = excluded.institution_id, institution_name = excluded.institution_name,
            programme_title = excluded.programme_title, programme_key = excluded.programme_key, country = excluded.country,
            purpose = excluded.purpose, outcome = excluded.outcome, reasons = excluded.reasons, reasons_language = excluded.reasons_language,
            decided_ticks = excluded.decided_ticks, decided_by = excluded.decided_by, decider_id = excluded.decider_id,
            superseded_by = excluded.superseded_by;
        """;

    /// <summary>The institution's decisions outside one case: the same programme first (a blank title names none), then
    /// newest first.</summary>
    public const string ForSubject = $"""
        SELECT {Columns} FROM {Table}
        WHERE service_id = @service AND institution_id = @institution AND case_id <> @case
        ORDER BY CASE WHEN programme_key <> '' AND programme_key = @programmeKey THEN 0 ELSE 1 END, decided_ticks DESC, decision_id DESC
        LIMIT @limit;
        """;

    public const string Count = $"SELECT COUNT(*) FROM {Table} WHERE service_id = @service;";

    public const string Decided = $"""
        SELECT {Columns} FROM {Table} WHERE service_id = @service
        ORDER BY decided_ticks DESC, decision_id DESC LIMIT @limit OFFSET @offset;
        """;

    /// <summary>Decided or appealed cases of the case index (<c>@decided</c>, <c>@appealed</c>) without a row here.</summary>
    public const string Unrecorded = $"""
        SELECT c.case_id FROM {CaseIndex.CaseIndexSql.Table} c
        WHERE c.service_id = @service AND c.status IN (@decided, @appealed)
            AND NOT EXISTS (SELECT 1 FROM {Table} p WHERE p.service_id = c.service_id AND p.case_id = c.case_id);
        """;

    public static void BindUpsert(DbCommand command, string serviceId, Precedent precedent)
    {
        Add(command, "@service", serviceId);
        Add(command, "@decision", precedent.DecisionId);
        Add(command, "@case", precedent.CaseId);
        Add(command, "@institution", precedent.Subject.InstitutionId);
        IndexRows.AddNullable(command, "@institutionName", precedent.Subject.InstitutionName, DbType.String);
        Add(command, "@programme", precedent.Subject.ProgrammeTitle);
        Add(command, "@programmeKey", precedent.Subject.ProgrammeKey);
        Add(command, "@country", precedent.Subject.Country);
        Add(command, "@purpose", (int)precedent.Purpose);
        Add(command, "@outcome", (int)precedent.Outcome);
        Add(command, "@reasons", precedent.Reasons);
        Add(command, "@language", precedent.ReasonsLanguage);
        Add(command, "@decided", precedent.DecidedAt.UtcTicks);
        Add(command, "@decidedBy", (int)precedent.DecidedBy);
        Add(command, "@decider", precedent.DeciderId);
        IndexRows.AddNullable(command, "@supersededBy", precedent.SupersededBy, DbType.String);
    }

    public static void BindForSubject(DbCommand command, string serviceId, PrecedentSubject subject, string excludingCaseId, int limit)
    {
        command.CommandText = ForSubject;
        Add(command, "@service", serviceId);
        Add(command, "@institution", subject.InstitutionId);
        Add(command, "@case", excludingCaseId);
        Add(command, "@programmeKey", subject.ProgrammeKey);
        Add(command, "@limit", limit);
    }

    public static void BindDecided(DbCommand count, DbCommand page, string serviceId, int offset, int pageSize)
    {
        count.CommandText = Count;
        Add(count, "@service", serviceId);
        page.CommandText = Decided;
        Add(page, "@service", serviceId);
        Add(page, "@limit", pageSize);
        Add(page, "@offset", offset);
    }

    public static async Task<List<Precedent>> ReadAllAsync(DbCommand command)
    {
        var rows = new List<Precedent>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    private static Precedent Read(DbDataReader row) => new(
        DecisionId: row.GetString(0),
        CaseId: row.GetString(1),
        Subject: new PrecedentSubject(row.GetString(2), row.IsDBNull(3) ? null : row.GetString(3), row.GetString(4), row.GetString(6)),
        Outcome: (DecisionOutcome)Int(row, 8),
        Reasons: row.GetString(9),
        ReasonsLanguage: row.GetString(10),
        DecidedAt: new DateTimeOffset(Convert.ToInt64(row.GetValue(11), CultureInfo.InvariantCulture), TimeSpan.Zero),
        DecidedBy: (DeciderKind)Int(row, 12),
        DeciderId: row.GetString(13),
        Purpose: (RecognitionPurpose)Int(row, 7),
        SupersededBy: row.IsDBNull(14) ? null : row.GetString(14));

    private static int Int(DbDataReader row, int ordinal) => Convert.ToInt32(row.GetValue(ordinal), CultureInfo.InvariantCulture);
}
