using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;

namespace Exchange.Hub.Tests.Security;

/// <summary>Calls any RPC of the contracts by its descriptor with an empty request, and reports the status it
/// ended with (and its ErrorInfo reason) — enough to see whether the hub let the caller in, whatever the method's message types.</summary>
internal static class RawRpc
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    public static async Task<(StatusCode Code, string? Reason)> CallAsync(GrpcChannel channel, MethodDescriptor rpc)
    {
        var type = rpc.IsServerStreaming ? MethodType.ServerStreaming : MethodType.Unary;
        var method = new Method<byte[], byte[]>(type, rpc.Service.FullName, rpc.Name, Bytes, Bytes);
        var invoker = channel.CreateCallInvoker();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var options = new CallOptions(cancellationToken: timeout.Token);
        try
        {
            if (rpc.IsServerStreaming)
            {
                using var stream = invoker.AsyncServerStreamingCall(method, null, options, []);
                await stream.ResponseStream.MoveNext(timeout.Token);
            }
            else
            {
                await invoker.AsyncUnaryCall(method, null, options, []);
            }

            return (StatusCode.OK, null);
        }
        catch (RpcException ex)
        {
            return (ex.StatusCode, ex.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason);
        }
    }
}
