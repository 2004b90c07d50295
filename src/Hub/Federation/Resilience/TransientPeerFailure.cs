using Grpc.Core;
using Polly.Timeout;

namespace Exchange.Hub.Federation.Resilience;

/// <summary>
/// Which failures of a peer call are worth trying again. Only the gRPC codes that say "the peer could not
/// answer now" are; an answer such as InvalidArgument or PermissionDenied is the peer's decision and repeating
/// the call cannot change it.
/// </summary>
public static class TransientPeerFailure
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        RpcException rpc when rpc.StatusCode is StatusCode.Internal => IsTransportReset(rpc),
        RpcException rpc => rpc.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded
            or StatusCode.ResourceExhausted or StatusCode.Aborted,
        TimeoutRejectedException => true,
        HttpRequestException => true,
        _ => false,
    };

    /// <summary>The peer gave no usable answer: unreachable, its circuit open, or any refusal. For optional calls
    /// whose absence makes a check "unavailable" rather than failed.</summary>
    public static bool GaveNoAnswer(Exception exception) =>
        exception is Polly.CircuitBreaker.BrokenCircuitException or RpcException || IsTransient(exception);

    // A peer process that dies mid-call surfaces as Internal with an HTTP/2 stream reset, not as Unavailable.
    private static bool IsTransportReset(RpcException rpc) =>
        rpc.Status.DebugException is HttpRequestException or IOException;
}
