using Exchange.Adapters.Common;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Exchange.Hub.Rpc;

/// <summary>
/// Renders every system message of a Recognition or Review response in the reader's language: the case's preferred
/// language for its requester (Recognition), else the call's Accept-Language (gRPC metadata; JSON transcoding passes
/// the HTTP header), else English.
/// </summary>
/// <param name="requester">Whether the caller of the service is the requester of the cases it returns.</param>
internal abstract class ReaderLanguageInterceptor(bool requester) : Interceptor
{
    private readonly bool _requester = requester;

    /// <summary>For the Recognition service: its callers see their own cases only.</summary>
    public sealed class ForRequesters() : ReaderLanguageInterceptor(true);

    /// <summary>For the Review service: officers read in their Accept-Language.</summary>
    public sealed class ForOfficers() : ReaderLanguageInterceptor(false);

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var response = await continuation(request, context);
        if (response is IMessage message)
        {
            LocalizableMessageWalker.Render(message, LanguageOf(context), _requester);
        }

        return response;
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(request, new RenderingWriter<TResponse>(responseStream, LanguageOf(context), _requester), context);

    public static string LanguageOf(ServerCallContext context) =>
        MessageLanguages.FromAcceptLanguage(context.RequestHeaders.GetValue("accept-language")) ?? MessageLanguages.English;

    private sealed class RenderingWriter<T>(IServerStreamWriter<T> inner, string language, bool requester) : IServerStreamWriter<T>
    {
        public WriteOptions? WriteOptions
        {
            get => inner.WriteOptions;
            set => inner.WriteOptions = value;
        }

        public Task WriteAsync(T message) => WriteAsync(message, CancellationToken.None);

        // Implemented, not inherited: the interface's default refuses a cancellable write.
        public Task WriteAsync(T message, CancellationToken cancellationToken)
        {
            if (message is IMessage protobuf)
            {
                LocalizableMessageWalker.Render(protobuf, language, requester);
            }

            return inner.WriteAsync(message, cancellationToken);
        }
    }
}
