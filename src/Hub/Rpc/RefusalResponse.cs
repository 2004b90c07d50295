using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Exchange.Hub.Rpc;

/// <summary>
/// Writes a refusal that happens before a gRPC service runs (authentication, authorization, rate limits, bad JSON)
/// in the same form a service's refusal takes: a google.rpc.Status JSON body on REST, a trailers-only gRPC answer
/// with <c>grpc-status-details-bin</c> on gRPC. Every refusal carries an ErrorInfo reason.
/// </summary>
public static class RefusalResponse
{
    /// <summary>The detail types a refusal body may carry; the JSON transcoder needs the same list to write them.</summary>
    public static TypeRegistry Details { get; } = TypeRegistry.FromMessages(
        ErrorInfo.Descriptor, BadRequest.Descriptor, RetryInfo.Descriptor);

    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default.WithTypeRegistry(Details));

    /// <summary>The one place an error becomes a google.rpc.Status: the code, the message, an ErrorInfo with the
    /// reason, then the other details. <see cref="ExceptionMappingInterceptor"/> builds its statuses here too.</summary>
    public static Google.Rpc.Status Status(Code code, string reason, string message, params IMessage[] details)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.Add(Any.Pack(new ErrorInfo { Reason = reason, Domain = ExceptionMappingInterceptor.ErrorDomain }));
        foreach (var detail in details)
        {
            status.Details.Add(Any.Pack(detail));
        }

        return status;
    }

    public static RetryInfo RetryAfter(TimeSpan delay) => new() { RetryDelay = Duration.FromTimeSpan(delay) };

    public static bool IsGrpc(HttpContext http) =>
        http.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    public static async Task WriteAsync(HttpContext http, Google.Rpc.Status status, int httpStatus)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(status);
        if (http.Response.HasStarted)
        {
            return;
        }

        if (IsGrpc(http))
        {
            // Trailers-only: HTTP 200 with the gRPC status in the headers, as a gRPC server answers a call it refuses.
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = "application/grpc";
            http.Response.Headers["grpc-status"] = status.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            http.Response.Headers["grpc-message"] = Uri.EscapeDataString(status.Message);
            http.Response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray());
            return;
        }

        http.Response.StatusCode = httpStatus;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(Json.Format(status), http.RequestAborted);
    }
}
