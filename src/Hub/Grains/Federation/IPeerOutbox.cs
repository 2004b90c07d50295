namespace Exchange.Hub.Grains.Federation;

/// <summary>The messages waiting for peer hubs, one stored row per message in the hub database (implemented under
/// Persistence/Indexes): queueing or dropping messages costs the same however long a peer's backlog has grown.</summary>
public interface IPeerOutbox
{
    /// <summary>The messages waiting for <paramref name="peerHubId"/>, in sequence order.</summary>
    Task<IReadOnlyList<OutboxEntry>> PendingAsync(string peerHubId);

    /// <summary>Stores <paramref name="entries"/> together (all or none); an entry already stored under its sequence is kept.</summary>
    Task AppendAsync(string peerHubId, IReadOnlyList<OutboxEntry> entries);

    /// <summary>Replaces the stored entry of the same sequence (its attempts and last error).</summary>
    Task UpdateAsync(string peerHubId, OutboxEntry entry);

    /// <summary>Drops every message up to and including <paramref name="sequence"/>: delivered or set aside.</summary>
    Task RemoveThroughAsync(string peerHubId, long sequence);
}
