namespace Exchange.Hub.Persistence.Indexes;

/// <summary>The peer outboxes' table: one row per message still to be delivered, keyed by peer and sequence, the entry
/// (message, attempts, last error) in Orleans' binary form. A delivered message's row is deleted, so the table is as
/// large as the backlog, not as the history.</summary>
internal static class PeerOutboxSql
{
    public const string Table = "exchange_peer_outbox";

    public const string Insert = $"""
        INSERT INTO {Table} (service_id, peer_hub_id, sequence, entry) VALUES (@service, @peer, @sequence, @entry)
        ON CONFLICT (service_id, peer_hub_id, sequence) DO NOTHING;
        """;

    public const string Update = $"UPDATE {Table} SET entry = @entry WHERE service_id = @service AND peer_hub_id = @peer AND sequence = @sequence;";

    public const string DeleteThrough = $"DELETE FROM {Table} WHERE service_id = @service AND peer_hub_id = @peer AND sequence <= @sequence;";

    public const string Pending = $"SELECT entry FROM {Table} WHERE service_id = @service AND peer_hub_id = @peer ORDER BY sequence;";
}
