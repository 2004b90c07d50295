using System.Data.Common;
using Exchange.Hub.Grains.Federation;
using Orleans.Serialization;
using static Exchange.Hub.Persistence.SqlParameters;

namespace Exchange.Hub.Persistence.Indexes;

/// <summary>The peer outboxes as rows of <see cref="PeerOutboxSql.Table"/>. A group of messages is stored in one
/// transaction (one group commit embedded, one batch round trip in PostgreSQL).</summary>
internal sealed class SqlPeerOutbox(IndexDatabase database, Serializer<OutboxEntry> serializer) : IPeerOutbox
{
    public Task<IReadOnlyList<OutboxEntry>> PendingAsync(string peerHubId) =>
        database.ReadAsync<IReadOnlyList<OutboxEntry>>(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = PeerOutboxSql.Pending;
            Add(command, "@service", database.ServiceId);
            Add(command, "@peer", peerHubId);
            return await IndexRows.ReadAllAsync(command, serializer);
        });

    public Task AppendAsync(string peerHubId, IReadOnlyList<OutboxEntry> entries) =>
        database.ExecuteEachAsync(PeerOutboxSql.Insert, [.. entries.Select(e => Bind(peerHubId, e.Sequence, e))]);

    public Task UpdateAsync(string peerHubId, OutboxEntry entry) =>
        database.ExecuteAsync(PeerOutboxSql.Update, Bind(peerHubId, entry.Sequence, entry));

    public Task RemoveThroughAsync(string peerHubId, long sequence) =>
        database.ExecuteAsync(PeerOutboxSql.DeleteThrough, Bind(peerHubId, sequence, entry: null));

    private Action<DbCommand> Bind(string peerHubId, long sequence, OutboxEntry? entry) => command =>
    {
        Add(command, "@service", database.ServiceId);
        Add(command, "@peer", peerHubId);
        Add(command, "@sequence", sequence);
        if (entry is not null)
        {
            Add(command, "@entry", serializer.SerializeToArray(entry));
        }
    };
}
