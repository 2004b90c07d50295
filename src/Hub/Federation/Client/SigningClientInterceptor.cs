using Exchange.Hub.Federation.Auth;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Exchange.Hub.Federation.Client;

/// <summary>Signs every outgoing call to one peer as this hub (federation.proto AUTHENTICATION).</summary>
internal sealed class SigningClientInterceptor(FederationRequestSigner signer, string peerHubId) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var headers = signer.Sign(context.Method.FullName, peerHubId, ((IMessage)request).ToByteArray());
        foreach (var entry in context.Options.Headers ?? [])
        {
            headers.Add(entry);
        }

        var signed = new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, context.Options.WithHeaders(headers));
        return continuation(request, signed);
    }
}
