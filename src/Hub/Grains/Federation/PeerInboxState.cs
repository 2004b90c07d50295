namespace Exchange.Hub.Grains.Federation;

/// <summary>Bounded: the highest sequence below which everything arrived, the few sequences received above a
/// gap, and counters. Never the messages themselves.</summary>
[GenerateSerializer, Alias("exchange.PeerInboxState.v2")]
public sealed class PeerInboxState
{
    [Id(0)]
    public long HighestContiguousSequence { get; set; }

    /// <summary>Sequences received above <see cref="HighestContiguousSequence"/>, ascending.</summary>
    [Id(1)]
    public List<long> ReceivedAboveGap { get; set; } = [];

    [Id(2)]
    public long Received { get; set; }

    [Id(3)]
    public DateTimeOffset? LastReceivedAt { get; set; }
}
