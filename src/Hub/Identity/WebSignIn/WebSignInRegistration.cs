using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using Exchange.Hub.Hosting;
using Exchange.Hub.Identity.Provider;
using Exchange.Hub.Security;
using Exchange.Hub.Security.Transport;
using Exchange.Hub.Web;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Exchange.Hub.Identity.WebSignIn;

/// <summary>
/// The web pages' sign-in: a session cookie (<see cref="WebAuth.CookieScheme"/>: Secure, HttpOnly, SameSite=Lax,
/// sliding) filled by OpenID Connect (<see cref="WebAuth.OidcScheme"/>, code + PKCE) against the country's provider
/// when one is configured, else the hub's own; the provider's own login cookie; and the console's policies.
/// </summary>
internal static class WebSignInRegistration
{
    // Named per hub: hubs on one host (the local federation on 127.0.0.1) would otherwise overwrite each other's
    // cookies, which browsers keep per host, not per port.
    public static string WebCookieName(string hubId) => "exchange.web." + hubId;

    public static string ProviderCookieName(string hubId) => "exchange.provider." + hubId;

    // A learner or institution page without the id it shows would show nobody's records: refuse it at the door.
    private static bool HasValue(ClaimsPrincipal user, string claim) => !string.IsNullOrWhiteSpace(user.FindFirstValue(claim));

    public static void Add(IServiceCollection services, HubOptions hub, Uri? ownIssuer, X509Certificate2? certificate, ExternalProviderMetadata? external)
    {
        var identity = hub.Identity;
        var secure = hub.Plaintext ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        var authentication = services.AddAuthentication();
        // Both sessions (the hub's pages and its own provider) are the same kind of cookie; only name and paths differ.
        void Session(CookieAuthenticationOptions o, string name)
        {
            o.Cookie.Name = name;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(identity.WebSessionMinutes);
            o.SlidingExpiration = true;
        }

        authentication.AddCookie(WebAuth.CookieScheme, o =>
        {
            Session(o, WebCookieName(hub.HubId));
            o.AccessDeniedPath = IdentitySchemes.DeniedPath;
            // Not signed in: sign in through OpenID Connect and come back to the page asked for.
            o.ForwardChallenge = WebAuth.OidcScheme;
        });
        if (ownIssuer is not null)
        {
            authentication.AddCookie(IdentitySchemes.ProviderCookie, o =>
            {
                Session(o, ProviderCookieName(hub.HubId));
                o.LoginPath = IdentitySchemes.LoginPath;
                o.AccessDeniedPath = IdentitySchemes.DeniedPath;
            });
        }

        authentication.AddOpenIdConnect(WebAuth.OidcScheme, o =>
        {
            o.SignInScheme = WebAuth.CookieScheme;
            o.ResponseType = "code";
            o.UsePkce = true;
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            // The id token is kept for the provider's sign-out (id_token_hint); the access token is not needed.
            o.SaveTokens = true;
            o.Scope.Add("profile");
            o.Scope.Add("roles");
            o.TokenValidationParameters.NameClaimType = "name";
            o.TokenValidationParameters.RoleClaimType = HubClaims.Role;
            o.SignedOutRedirectUri = IdentitySchemes.SignedOutPath;
            o.RequireHttpsMetadata = !hub.Plaintext;
            o.CorrelationCookie.SecurePolicy = secure;
            o.NonceCookie.SecurePolicy = secure;
            if (external is not null)
            {
                o.Authority = identity.External.Authority;
                o.ClientId = identity.External.ClientId;
                o.ClientSecret = identity.External.ClientSecret;
                o.BackchannelHttpHandler = ExternalProviderMetadata.CreateHandler(identity.External.TlsKeyPin);
                o.Events.OnTokenValidated = context =>
                {
                    if (context.Principal?.Identity is ClaimsIdentity signedIn)
                    {
                        ExternalClaimMapping.Apply(signedIn, identity.External.Claims);
                    }

                    return Task.CompletedTask;
                };
            }
            else if (ownIssuer is not null)
            {
                o.Authority = ownIssuer.AbsoluteUri;
                o.ClientId = ProviderClients.WebClientId;
                // The hub talks to itself: trust exactly its own certificate, whoever signed it.
                if (certificate is not null)
                {
                    o.BackchannelHttpHandler = ExternalProviderMetadata.CreateHandler(TlsKeyPin.Of(certificate));
                }
            }
        });

        services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/", IdentitySchemes.WebSignedInPolicy));
        services.AddAuthorizationBuilder()
            .AddPolicy(IdentitySchemes.WebSignedInPolicy, p => p.AddAuthenticationSchemes(WebAuth.CookieScheme).RequireAuthenticatedUser())
            .AddPolicy(WebAuth.ConsoleRead, p => p.AddAuthenticationSchemes(WebAuth.CookieScheme).RequireAuthenticatedUser()
                .RequireClaim(HubClaims.Role, HubRoles.Officer, HubRoles.Admin))
            .AddPolicy(WebAuth.ConsoleDecide, p => p.AddAuthenticationSchemes(WebAuth.CookieScheme).RequireAuthenticatedUser()
                .RequireClaim(HubClaims.Role, HubRoles.Officer))
            .AddPolicy(WebAuth.CommissionVote, p => p.AddAuthenticationSchemes(WebAuth.CookieScheme).RequireAuthenticatedUser()
                .RequireClaim(HubClaims.Role, HubRoles.Officer).RequireClaim(HubClaims.CommissionMember, "true"))
            .AddPolicy(WebAuth.LearnerPages, p => p.AddAuthenticationSchemes(WebAuth.CookieScheme).RequireAuthenticatedUser()
                .RequireClaim(HubClaims.Role, HubRoles.Learner).RequireAssertion(c => HasValue(c.User, HubClaims.Learner)))
            .AddPolicy(WebAuth.UniversityPages, p => p.AddAuthenticationSchemes(WebAuth.CookieScheme).RequireAuthenticatedUser()
                .RequireClaim(HubClaims.Role, HubRoles.Institution).RequireAssertion(c => HasValue(c.User, HubClaims.Institution)));
    }
}
