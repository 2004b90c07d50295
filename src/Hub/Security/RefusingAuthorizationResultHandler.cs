using Exchange.Hub.Rpc;
using Google.Rpc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Exchange.Hub.Security;

/// <summary>
/// A call refused by authorization gets the same google.rpc.Status body (REST) or status details (gRPC) as any other
/// refusal, with an ErrorInfo reason, instead of the empty 401/403 of the default handler: TOKEN_MISSING,
/// TOKEN_INVALID (bad signature, expired, wrong audience...) or ROLE_NOT_ALLOWED. Web pages, whose policies name a
/// cookie scheme, keep the default answers of that scheme (a redirect to sign in, the not-allowed page).
/// </summary>
internal sealed class RefusingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    public const string TokenMissing = "TOKEN_MISSING";
    public const string TokenInvalid = "TOKEN_INVALID";
    public const string RoleNotAllowed = "ROLE_NOT_ALLOWED";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    private static bool IsWebScheme(string scheme) =>
        scheme is Web.WebAuth.CookieScheme or Identity.IdentitySchemes.ProviderCookie;

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.AuthenticationSchemes.Any(IsWebScheme))
        {
            // A web page: its cookie scheme answers, sending the person to sign in or to the not-allowed page.
            return _default.HandleAsync(next, context, policy, authorizeResult);
        }

        if (authorizeResult.Challenged)
        {
            var presented = context.Request.Headers.Authorization.Count > 0;
            // RFC 6750: the challenge names the scheme, and says invalid_token when a token was presented.
            context.Response.Headers.WWWAuthenticate = presented ? "Bearer error=\"invalid_token\"" : "Bearer";
            var status = presented
                ? RefusalResponse.Status(Code.Unauthenticated, TokenInvalid, "The bearer token is not valid for this hub (signature, issuer, audience or lifetime).")
                : RefusalResponse.Status(Code.Unauthenticated, TokenMissing, "This call needs a bearer token.");
            return RefusalResponse.WriteAsync(context, status, StatusCodes.Status401Unauthorized);
        }

        if (authorizeResult.Forbidden)
        {
            return RefusalResponse.WriteAsync(context,
                RefusalResponse.Status(Code.PermissionDenied, RoleNotAllowed, "The token's role does not allow this call."),
                StatusCodes.Status403Forbidden);
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
