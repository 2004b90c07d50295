namespace Exchange.Hub.Grains.Federation;

/// <summary>The peer received a message and refused it (e.g. InvalidArgument): a verdict, not an outage.</summary>
public sealed class PeerRejectedMessageException : Exception
{
    public PeerRejectedMessageException()
    {
    }

    public PeerRejectedMessageException(string message)
        : base(message)
    {
    }

    public PeerRejectedMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
