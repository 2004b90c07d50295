namespace Exchange.Contracts.V1;

/// <summary>Either kind of outbox message carries the same header; this reads it without a switch at every use.</summary>
public sealed partial class OutboxDelivery
{
    /// <summary>The header of the message this delivery holds; null when it holds none.</summary>
    public OutboxMessageHeader? Header => MessageCase switch
    {
        MessageOneofCase.RecognitionDecision => RecognitionDecision.Header,
        MessageOneofCase.RevocationNotice => RevocationNotice.Header,
        _ => null,
    };
}
