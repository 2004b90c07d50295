namespace Exchange.Hub.Grains.Federation;

[GenerateSerializer, Alias("exchange.PeerHubState")]
public sealed class PeerHubState
{
    [Id(0)]
    public long LastSequence { get; set; }

    [Id(1)]
    public long DeliveredThrough { get; set; }

    [Id(2)]
    public List<OutboxEntry> Pending { get; set; } = [];

    /// <summary>Messages the peer refused (not an outage): kept for the national centre to inspect.</summary>
    [Id(3)]
    public List<OutboxEntry> Rejected { get; set; } = [];
}
