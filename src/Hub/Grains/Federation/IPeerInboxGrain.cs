namespace Exchange.Hub.Grains.Federation;

/// <summary>What one peer hub delivered (key: the sender's hub id). The inbox remembers positions in the sender's
/// stream, not the messages: their effects live where they belong (credential records, statistics), and are
/// idempotent themselves, so the inbox's state stays small however many messages arrive.</summary>
[Alias("exchange.IPeerInboxGrain")]
public interface IPeerInboxGrain : IGrainWithStringKey
{
    /// <summary>Records that the messages of a delivery were received and applied, in the order given, with one
    /// write; a sequence seen before is acknowledged again as a duplicate without any change.</summary>
    [Alias("Accept")]
    Task<IReadOnlyList<InboxReceipt>> AcceptAsync(IReadOnlyList<InboxArrival> arrivals, CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="sequences"/> were not recorded yet (read-only).</summary>
    [Alias("NotYetReceived")]
    Task<IReadOnlyList<long>> NotYetReceivedAsync(IReadOnlyList<long> sequences, CancellationToken cancellationToken = default);

    /// <summary>What the national centre sees of this sender's stream.</summary>
    [Alias("GetStatus")]
    Task<InboxStatus> GetStatusAsync(CancellationToken cancellationToken = default);
}

/// <summary>One message of a delivery as the inbox sees it: its id and place in the sender's stream.</summary>
[GenerateSerializer, Immutable, Alias("exchange.InboxArrival")]
public sealed record InboxArrival([property: Id(0)] string MessageId, [property: Id(1)] long Sequence);

[GenerateSerializer, Immutable, Alias("exchange.InboxReceipt")]
public sealed record InboxReceipt(
    [property: Id(0)] string MessageId,
    [property: Id(1)] bool Duplicate,
    [property: Id(2)] DateTimeOffset ReceivedAt,
    [property: Id(3)] long HighestContiguousSequence);

/// <summary>What the national centre sees of one sender's stream.</summary>
[GenerateSerializer, Immutable, Alias("exchange.InboxStatus")]
public sealed record InboxStatus(
    [property: Id(0)] string SenderHubId,
    [property: Id(1)] long Received,
    [property: Id(2)] long HighestContiguousSequence,
    [property: Id(3)] DateTimeOffset? LastReceivedAt);
