using System.Security.Claims;
using Exchange.Hub.Hosting;
using Exchange.Hub.Identity.Accounts;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using OidcErrors = OpenIddict.Abstractions.OpenIddictConstants.Errors;

namespace Exchange.Hub.Identity.Provider;

/// <summary>
/// The parts of the provider's protocol OpenIddict hands to the hub (passthrough): who is signed in at the authorize
/// endpoint, what claims a token carries, and ending the provider's session. OpenIddict has validated each request
/// (client, redirect URI, PKCE, grant) before it gets here.
/// </summary>
internal static class ProviderEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods(IdentitySchemes.AuthorizePath, ["GET", "POST"], (Delegate)AuthorizeAsync).AllowAnonymous().DisableAntiforgery();
        app.MapPost(IdentitySchemes.TokenPath, (Delegate)TokenAsync).AllowAnonymous().DisableAntiforgery();
        app.MapMethods(IdentitySchemes.EndSessionPath, ["GET", "POST"], (Delegate)EndSessionAsync).AllowAnonymous().DisableAntiforgery();
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, AccountStore accounts, IOptions<HubOptions> hub)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var session = await http.AuthenticateAsync(IdentitySchemes.ProviderCookie);
        var account = session.Succeeded && session.Principal.FindFirstValue(Claims.Subject) is { } subject
            ? await accounts.FindAsync(subject, http.RequestAborted)
            : null;
        if (account is null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refuse(OidcErrors.LoginRequired, "The person is not signed in.");
            }

            // To the login page, and back here with the same request once signed in (prompt=login is answered by that sign-in).
            var parameters = http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList();
            parameters.RemoveAll(p => p.Key == Parameters.Prompt);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters) },
                [IdentitySchemes.ProviderCookie]);
        }

        return Results.SignIn(HubPrincipals.ForAccount(account, request.GetScopes(), hub.Value.HubId), properties: null,
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext http, AccountStore accounts, IOpenIddictApplicationManager applications, IOptions<HubOptions> hub)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var audience = hub.Value.HubId;
        if (request.IsClientCredentialsGrantType())
        {
            // OpenIddict has authenticated the client (id and secret) before this point.
            var application = await applications.FindByClientIdAsync(request.ClientId!, http.RequestAborted);
            var client = application is null
                ? null
                : ClientRegistration.From(request.ClientId!, await applications.GetDisplayNameAsync(application, http.RequestAborted),
                    await applications.GetPropertiesAsync(application, http.RequestAborted));
            return client is null
                ? Refuse(OidcErrors.UnauthorizedClient, "This client has no role on this hub.")
                : Results.SignIn(HubPrincipals.ForClient(client, request.GetScopes(), audience), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsDeviceCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // The code, device code or refresh token names the person; their claims are read again from the account.
            var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var subject = granted.Principal?.GetClaim(Claims.Subject);
            var account = subject is null ? null : await accounts.FindAsync(subject, http.RequestAborted);
            return account is null
                ? Refuse(OidcErrors.InvalidGrant, "The account this grant was issued to no longer exists.")
                : Results.SignIn(HubPrincipals.ForAccount(account, granted.Principal!.GetScopes(), audience), properties: null,
                    OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Refuse(OidcErrors.UnsupportedGrantType, "This grant type is not supported.");
    }

    private static async Task<IResult> EndSessionAsync(HttpContext http)
    {
        await http.SignOutAsync(IdentitySchemes.ProviderCookie);
        // Back to the client's registered post-logout address (OpenIddict checks it), else the signed-out page.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = IdentitySchemes.SignedOutPath },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
