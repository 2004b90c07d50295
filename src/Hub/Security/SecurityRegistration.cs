using Exchange.Hub.Hosting;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Security;

internal static class SecurityRegistration
{
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
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.TokenHandlers.Clear();
            o.TokenHandlers.Add(new CachingJsonWebTokenHandler(validated));
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = hub.HubId,
                ValidAudience = hub.HubId,
                IssuerSigningKeys = TokenSigningKeys.All(keys),
                ValidateIssuerSigningKey = true,
                IssuerSigningKeyValidator = (key, token, _) => TokenSigningKeys.IssuedInWindow(keys, key, token),
                ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
                NameClaimType = "sub",
                RoleClaimType = HubClaims.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
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
