namespace Exchange.Hub.Grains.Federation;

/// <summary>Messages received from one peer hub (key: the sender's hub id), stored once each: a repeat of a
/// message id is acknowledged again without any effect, which makes delivery exactly-once in effect.</summary>
public interface IPeerInboxGrain : IGrainWithStringKey
{
    Task<InboxReceipt> Accept(string messageId, long sequence, OutboxMessage message);

    Task<IReadOnlyList<InboxMessage>> List(OutboxMessageKind kind);
}

[GenerateSerializer, Immutable, Alias("exchange.InboxReceipt")]
public sealed record InboxReceipt(
    [property: Id(0)] string MessageId,
    [property: Id(1)] bool Duplicate,
    [property: Id(2)] DateTimeOffset ReceivedAt,
    [property: Id(3)] long HighestContiguousSequence);

[GenerateSerializer, Immutable, Alias("exchange.InboxMessage")]
public sealed record InboxMessage(
    [property: Id(0)] string MessageId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] OutboxMessage Message,
    [property: Id(3)] DateTimeOffset ReceivedAt);

[GenerateSerializer, Alias("exchange.PeerInboxState")]
public sealed class PeerInboxState
{
    [Id(0)]
    public Dictionary<string, InboxMessage> Received { get; set; } = [];

    [Id(1)]
    public long HighestContiguousSequence { get; set; }
}
