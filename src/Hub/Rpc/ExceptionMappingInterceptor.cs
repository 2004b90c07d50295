using Exchange.Hub.Errors;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Exchange.Hub.Rpc;

/// <summary>
/// The one place where exceptions become gRPC statuses: <see cref="HubException"/> keeps its kind, reason and
/// field (as google.rpc ErrorInfo / BadRequest details); anything else is a bug, logged with its stack trace and
/// answered as <c>Internal</c> with a reference, never with the trace itself.
/// </summary>
internal sealed partial class ExceptionMappingInterceptor(ILogger<ExceptionMappingInterceptor> logger) : Interceptor
{
    public const string ErrorDomain = "exchange.v1";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    private RpcException Map(Exception ex, ServerCallContext context)
    {
        switch (ex)
        {
            case HubException hub:
                return ToRpc(hub);
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return new RpcException(new Grpc.Core.Status(StatusCode.Cancelled, "The call was cancelled."));
            case TimeoutException:
                return new RpcException(new Grpc.Core.Status(StatusCode.DeadlineExceeded, "The hub did not finish in time; nothing was lost, try again."));
            default:
                var reference = context.GetHttpContext().TraceIdentifier;
                LogUnhandled(logger, ex, context.Method, reference);
                return new RpcException(new Grpc.Core.Status(StatusCode.Internal, $"Internal error (reference {reference})."));
        }
    }

    internal static RpcException ToRpc(HubException hub)
    {
        // Messages may quote what the caller sent: bounded, so a hostile input is not echoed back whole.
        var message = TextRules.Echo(hub.Message, 500);
        var status = hub.Field is null
            ? RefusalResponse.Status(ToCode(hub.Kind), hub.Reason, message)
            : RefusalResponse.Status(ToCode(hub.Kind), hub.Reason, message, new FieldViolations().Add(hub.Field, message).ToBadRequest());
        return status.ToRpcException();
    }

    internal static Code ToCode(ErrorKind kind) => kind switch
    {
        ErrorKind.InvalidArgument => Code.InvalidArgument,
        ErrorKind.NotFound => Code.NotFound,
        ErrorKind.AlreadyExists => Code.AlreadyExists,
        ErrorKind.FailedPrecondition => Code.FailedPrecondition,
        ErrorKind.PermissionDenied => Code.PermissionDenied,
        ErrorKind.Unauthenticated => Code.Unauthenticated,
        ErrorKind.Unavailable => Code.Unavailable,
        _ => Code.Internal,
    };

    [LoggerMessage(EventId = 1000, EventName = "UnhandledRpcError", Level = LogLevel.Error,
        Message = "Unhandled error in {Method} (reference {Reference})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string reference);
}
