namespace Exchange.Hub.Grains.Federation;

/// <summary>What kind of message travels to a peer; the body is the serialised federation request for it.</summary>
public enum OutboxMessageKind
{
    RecognitionDecision = 1,
    RevocationNotice = 2,
}

/// <summary>A message that must reach a peer hub: kind and serialised body.</summary>
[GenerateSerializer, Immutable, Alias("exchange.OutboxMessage")]
public sealed record OutboxMessage([property: Id(0)] OutboxMessageKind Kind, [property: Id(1)] byte[] Body);

/// <summary>A queued message with its place in the stream to one peer and its delivery history.</summary>
[GenerateSerializer, Alias("exchange.OutboxEntry")]
public sealed record OutboxEntry(
    [property: Id(0)] string MessageId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] OutboxMessage Message,
    [property: Id(3)] DateTimeOffset CreatedAt)
{
    [Id(4)]
    public int Attempts { get; init; }

    [Id(5)]
    public string? LastError { get; init; }
}

/// <summary>The sender's proof that a message is durably queued: its id and sequence.</summary>
[GenerateSerializer, Immutable, Alias("exchange.OutboxReceipt")]
public sealed record OutboxReceipt([property: Id(0)] string MessageId, [property: Id(1)] long Sequence);

/// <summary>What is waiting for a peer, for operators and for cases that show "waiting for peer".</summary>
[GenerateSerializer, Immutable, Alias("exchange.OutboxStatus")]
public sealed record OutboxStatus(
    [property: Id(0)] string PeerHubId,
    [property: Id(1)] int Pending,
    [property: Id(2)] long DeliveredThrough,
    [property: Id(3)] DateTimeOffset? OldestPendingSince,
    [property: Id(4)] string? LastError,
    [property: Id(5)] int Rejected);

/// <summary>The peer's acknowledgement of one delivered message.</summary>
public sealed record PeerDeliveryAck(string MessageId, bool Duplicate, long HighestContiguousSequence);

/// <summary>What the peer said about one message: stored (<see cref="Ack"/>), or refused for a problem of the message
/// itself (<see cref="Refusal"/> explains it), which no retry can fix.</summary>
public sealed record PeerDeliveryOutcome(string MessageId, PeerDeliveryAck? Ack, string? Refusal)
{
    public static PeerDeliveryOutcome Stored(PeerDeliveryAck ack) => new(ack.MessageId, ack, null);

    public static PeerDeliveryOutcome Refused(string messageId, string refusal) => new(messageId, null, refusal);
}
