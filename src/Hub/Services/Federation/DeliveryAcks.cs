using Exchange.Contracts.V1;
using Exchange.Hub.Grains.Federation;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Services.Federation;

/// <summary>The federation acknowledgement of an inbox receipt.</summary>
internal static class DeliveryAcks
{
    public static DeliveryAck From(InboxReceipt receipt) => new()
    {
        MessageId = receipt.MessageId,
        Duplicate = receipt.Duplicate,
        ReceivedAt = Timestamp.FromDateTimeOffset(receipt.ReceivedAt),
        HighestContiguousSequence = receipt.HighestContiguousSequence,
    };
}
