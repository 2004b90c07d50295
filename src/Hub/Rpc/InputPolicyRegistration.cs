using Exchange.Hub.Hosting;
using Google.Rpc;
using Grpc.AspNetCore.Server;

namespace Exchange.Hub.Rpc;

/// <summary>Wires <see cref="InputLimitOptions"/> into both surfaces from the one setting.</summary>
internal static class InputPolicyRegistration
{
    public static WebApplicationBuilder AddInputPolicy(this WebApplicationBuilder builder, HubOptions hub)
    {
        var limits = hub.Input;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBytes);
        builder.Services.AddSingleton(new InputPolicy(limits));
        builder.Services.Configure<GrpcServiceOptions>(o =>
        {
            o.MaxReceiveMessageSize = limits.MaxRequestBytes;
            o.Interceptors.Add<InputPolicyInterceptor>();
        });
        return builder;
    }

    /// <summary>A REST body announced larger than the limit is refused with a status body before it is read
    /// (Kestrel would answer an empty 413 once the bytes arrive).</summary>
    public static WebApplication UseInputPolicy(this WebApplication app, HubOptions hub)
    {
        var max = hub.Input.MaxRequestBytes;
        app.Use(async (http, next) =>
        {
            if (http.Request.ContentLength > max && !RefusalResponse.IsGrpc(http))
            {
                var violation = new FieldViolations().Add("body", $"The request body must be at most {max} bytes.").ToBadRequest();
                await RefusalResponse.WriteAsync(http,
                    RefusalResponse.Status(Code.InvalidArgument, "REQUEST_TOO_LARGE", $"The request body must be at most {max} bytes.", violation),
                    StatusCodes.Status413PayloadTooLarge);
                return;
            }

            await next(http);
        });
        return app;
    }
}
