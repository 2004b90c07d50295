using Exchange.Hub.Hosting;
using Exchange.Hub.Identity.BearerTokens;
using Exchange.Hub.Identity.WebSignIn;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Security;

internal static class SecurityRegistration
{
    // ES256: the operator's tokens; RS256: the hub's own provider; the rest: what country providers commonly sign with.
    private static readonly string[] AcceptedAlgorithms =
    [
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384,
        SecurityAlgorithms.RsaSha512, SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
    ];

    /// <summary>Bearer-token authentication with the hub's own token key, and the role policies of <see cref="HubPolicies"/>.</summary>
    public static IServiceCollection AddHubSecurity(this IServiceCollection services, HubOptions hub, string contentRoot)
    {
        var keys = new HubKeyRing(hub.HubId, hub.ResolveKeysFolder(contentRoot));
        services.AddSingleton(keys);
        services.AddSingleton(new CustodialKeyProtector(hub.ResolveKeysFolder(contentRoot)));
        services.AddSingleton<HubTokenIssuer>();
        // IdentityModel checks a token's lifetime against the system clock, and so does the cache of validated tokens.
        var validated = new ValidatedTokenCache(TimeProvider.System);
        services.AddSingleton(validated);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        // One validation path for every bearer token: the operator's, the hub's own provider's and the country
        // provider's (Identity/BearerTokens/BearerIssuers), each checked against its own issuer's keys only.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<BearerIssuers>((o, issuers) =>
        {
            o.TokenHandlers.Clear();
            o.TokenHandlers.Add(new CachingJsonWebTokenHandler(validated));
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                IssuerValidator = (issuer, _, _) => issuers.ValidateIssuer(issuer),
                ValidAudiences = issuers.Audiences,
                IssuerSigningKeyResolver = (_, token, _, _) => issuers.KeysFor(token.Issuer),
                ValidateIssuerSigningKey = true,
                IssuerSigningKeyValidator = (key, token, _) => issuers.IsKeyValid(key, token),
                ValidAlgorithms = AcceptedAlgorithms,
                NameClaimType = "sub",
                RoleClaimType = HubClaims.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            if (issuers.External is { } external)
            {
                o.Events = new JwtBearerEvents
                {
                    // Only a request that carries a token waits for the provider's keys (read once, then cached).
                    OnMessageReceived = context => context.Request.Headers.Authorization.Count > 0
                        ? external.RefreshAsync(context.HttpContext.RequestAborted)
                        : Task.CompletedTask,
                    OnTokenValidated = context =>
                    {
                        if (issuers.IsExternal(context.SecurityToken.Issuer) && context.Principal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                        {
                            ExternalClaimMapping.Apply(identity, issuers.ExternalClaims);
                        }

                        return Task.CompletedTask;
                    },
                };
            }
        });
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RefusingAuthorizationResultHandler>();
        // Secure by default: an endpoint without its own policy still needs a valid token; public ones opt out
        // with [AllowAnonymous].
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(HubPolicies.Authenticated, p => p.RequireAuthenticatedUser().RequireClaim(HubClaims.Role))
            .AddPolicy(HubPolicies.Admin, p => p.RequireRole(HubRoles.Admin))
            .AddPolicy(HubPolicies.Institution, p => p.RequireRole(HubRoles.Institution).RequireClaim(HubClaims.Institution))
            .AddPolicy(HubPolicies.AdminOrInstitution, p => p.RequireRole(HubRoles.Admin, HubRoles.Institution))
            .AddPolicy(HubPolicies.Officer, p => p.RequireRole(HubRoles.Officer))
            .AddPolicy(HubPolicies.AdminOrOfficer, p => p.RequireRole(HubRoles.Admin, HubRoles.Officer))
            .AddPolicy(HubPolicies.Learner, p => p.RequireRole(HubRoles.Learner).RequireClaim(HubClaims.Learner))
            .AddPolicy(HubPolicies.InstitutionOrLearner, p => p.RequireRole(HubRoles.Institution, HubRoles.Learner));
        return services;
    }
}
