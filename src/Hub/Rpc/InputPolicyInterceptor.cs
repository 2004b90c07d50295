using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Exchange.Hub.Rpc;

/// <summary>Applies <see cref="InputPolicy"/> to every request, gRPC or REST (JSON transcoding runs the same
/// interceptors), before the service method sees it: INVALID_ARGUMENT with the field violations.</summary>
internal sealed class InputPolicyInterceptor(InputPolicy policy) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Check(request);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(request);
        return continuation(request, responseStream, context);
    }

    private void Check<TRequest>(TRequest request)
    {
        if (request is IMessage message)
        {
            policy.Check(message).ThrowIfAny();
        }
    }
}
