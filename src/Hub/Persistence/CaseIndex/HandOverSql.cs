namespace Exchange.Hub.Persistence.CaseIndex;

/// <summary>
/// The embedded hub's list of cases whose decision notices may not be in their peers' outboxes yet. A row is added in
/// the transaction that stores such a decision (with the case's index row) and removed once the notices were handed
/// over, so a hub that crashed in between finds the case again at its next start. It stays a few rows long: a row
/// lives for the milliseconds of one hand-over, or until a peer's outbox takes the notice again.
/// </summary>
internal static class HandOverSql
{
    public const string Table = "exchange_case_handover";

    /// <summary>Runs after the index upsert in the same command, with its parameters.</summary>
    public const string Insert = $"""
        INSERT INTO {Table} (service_id, institution_id, case_id) VALUES (@service, @institution, @case)
        ON CONFLICT (service_id, institution_id, case_id) DO NOTHING;
        """;

    public const string Delete = $"DELETE FROM {Table} WHERE service_id = @service AND institution_id = @institution AND case_id = @case;";

    /// <summary>The listed cases, as a query the index adds to its own list of unfinished cases.</summary>
    public const string Pending = $"SELECT institution_id, case_id FROM {Table} WHERE service_id = @service";
}
