using Exchange.Hub.Security;
using Grpc.Core;

namespace Exchange.Hub.Services;

/// <summary>The caller of an anonymous-allowed RPC: their identity when they sent a valid token, else null.</summary>
public static class OptionalCaller
{
    public static CallerIdentity? From(ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true ? CallerIdentity.From(user) : null;
    }
}
