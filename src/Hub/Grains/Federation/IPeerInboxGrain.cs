namespace Exchange.Hub.Grains.Federation;

/// <summary>What one peer hub delivered (key: the sender's hub id). The inbox remembers positions in the sender's
/// stream, not the messages: their effects live where they belong (credential records, statistics), and are
/// idempotent themselves, so the inbox's state stays small however many messages arrive.</summary>
public interface IPeerInboxGrain : IGrainWithStringKey
{
    /// <summary>Records that the message at <paramref name="sequence"/> was received and applied; a sequence seen
    /// before is acknowledged again as a duplicate without any change.</summary>
    Task<InboxReceipt> Accept(string messageId, long sequence);

    /// <summary>Whether the message at <paramref name="sequence"/> was already recorded (read-only).</summary>
    Task<bool> HasReceived(long sequence);

    Task<InboxStatus> GetStatus();
}

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
