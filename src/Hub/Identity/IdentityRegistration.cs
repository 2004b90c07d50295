using System.Security.Cryptography.X509Certificates;
using Exchange.Hub.Hosting;
using Exchange.Hub.Identity.Accounts;
using Exchange.Hub.Identity.BearerTokens;
using Exchange.Hub.Identity.Provider;
using Exchange.Hub.Identity.Store;
using Exchange.Hub.Identity.WebSignIn;
using Exchange.Hub.Security;
using Exchange.Hub.Signing.KeyRing;
using Exchange.Hub.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Exchange.Hub.Identity;

/// <summary>
/// Sign-in for people and machines: the identity tables, the hub's own OpenID provider, the web pages' cookie and
/// OpenID Connect sign-in with the console's policies, and the issuers the API's bearer validation trusts.
/// </summary>
internal static class IdentityRegistration
{
    public static IServiceCollection AddHubIdentity(this IServiceCollection services, HubOptions hub, X509Certificate2? certificate)
    {
        var identity = hub.Identity;
        services.AddSingleton(sp => new IdentityDatabase(hub, sp, sp.GetRequiredService<TimeProvider>()));
        services.AddDbContext<IdentityDbContext>((sp, o) =>
        {
            sp.GetRequiredService<IdentityDatabase>().Configure(o);
            o.UseOpenIddict();
        });
        services.AddScoped<AccountStore>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<IPeopleDirectory, PeopleDirectory>();
        services.AddScoped<ProviderClients>();
        services.AddSingleton<ProviderKeyStore>();
        services.AddHostedService<IdentityStartup>();

        // Every silo of the hub reads the same key ring, so a cookie or anti-forgery token made by one is read by all.
        services.AddDataProtection().SetApplicationName("exchange-hub/" + hub.HubId).PersistKeysToDbContext<IdentityDbContext>();
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<CustodialKeyProtector>((o, protector) => o.XmlEncryptor = new KeysFolderXmlEncryptor(protector));

        var providerIssuer = identity.Provider.Enabled ? ProviderIssuer.For(hub) : null;
        if (providerIssuer is not null)
        {
            AddOwnProvider(services, hub, providerIssuer);
        }

        var external = identity.HasExternal ? new ExternalProviderMetadata(identity.External, hub.Plaintext,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ExternalProviderMetadata>.Instance) : null;
        services.AddSingleton(sp => new BearerIssuers(hub, sp.GetRequiredService<HubKeyRing>(),
            providerIssuer is null ? null : sp.GetRequiredService<ProviderKeyStore>(), providerIssuer, external));

        WebSignInRegistration.Add(services, hub, providerIssuer, certificate, external);
        return services;
    }

    public static WebApplication MapHubIdentity(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HubOptions>>().Value.Identity.Provider.Enabled)
        {
            ProviderEndpoints.Map(app);
        }

        return app;
    }

    private static void AddOwnProvider(IServiceCollection services, HubOptions hub, Uri issuer)
    {
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(o =>
            {
                o.SetIssuer(issuer);
                o.SetAuthorizationEndpointUris(Relative(IdentitySchemes.AuthorizePath))
                    .SetTokenEndpointUris(Relative(IdentitySchemes.TokenPath))
                    .SetDeviceAuthorizationEndpointUris(Relative(IdentitySchemes.DevicePath))
                    .SetEndUserVerificationEndpointUris(Relative(IdentitySchemes.VerifyPath))
                    .SetEndSessionEndpointUris(Relative(IdentitySchemes.EndSessionPath));
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowDeviceAuthorizationFlow()
                    .AllowRefreshTokenFlow();
                o.RegisterScopes(Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess);
                // The API validates access tokens as plain signed JWTs (one validation path with the operator's).
                o.DisableAccessTokenEncryption();
                o.SetAccessTokenLifetime(TimeSpan.FromMinutes(hub.Identity.Provider.AccessTokenMinutes));
                var aspNetCore = o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndUserVerificationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (hub.Plaintext)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
        // The keys come from the database (shared by the hub's silos), read when OpenIddict first needs its options.
        services.AddOptions<OpenIddictServerOptions>().Configure<ProviderKeyStore>((o, store) =>
        {
            var keys = store.Keys;
            o.SigningCredentials.Add(new SigningCredentials(keys.Signing, SecurityAlgorithms.RsaSha256));
            o.EncryptionCredentials.Add(new EncryptingCredentials(keys.Encryption, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
        });
    }

    private static string Relative(string path) => path.TrimStart('/');
}
