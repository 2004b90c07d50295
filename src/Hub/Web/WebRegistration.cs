using System.Text.Encodings.Web;
using System.Text.Unicode;
using Exchange.Hub.Web.Learner;
using Exchange.Hub.Web.LearnerRecords;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Exchange.Hub.Web;

/// <summary>Wires the server-rendered web pages (Razor Pages under <c>Web/Pages</c>, their translations under
/// <c>Web/Resources</c>, static files from <c>wwwroot</c>). Sign-in and the policies of <see cref="WebAuth"/> are
/// wired by Identity.</summary>
public static class WebRegistration
{
    public static IServiceCollection AddWebPages(this IServiceCollection services, string hubId)
    {
        services.AddLocalization(o => o.ResourcesPath = "Web/Resources");
        services.AddSingleton<Sharing.ShareLinkAddresses>();
        services.Configure<RequestLocalizationOptions>(WebCultures.Configure);
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Web/Pages";
                o.Conventions.AuthorizeFolder("/Console", WebAuth.ConsoleRead);
                o.Conventions.AuthorizeFolder("/My", WebAuth.LearnerPages);
                o.Conventions.AuthorizeFolder("/University", WebAuth.UniversityPages);
                // The landing page's check form: GET /check?link=… opens the pasted link's page on this hub.
                o.Conventions.AddPageRoute("/Index", Pages.IndexModel.CheckPath.TrimStart('/'));
            })
            .AddViewLocalization();
        // Razor Pages validate the anti-forgery token of every POST handler by default; the token cookie never
        // leaves a secure connection when the page came over one.
        // Pages are in five languages: write their letters as they are, not as numeric character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(o =>
        {
            // Named per hub, like the sign-in cookies: hubs on one host share a browser's cookie jar.
            o.Cookie.Name = "exchange.antiforgery." + hubId;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    /// <summary>The request's language, before anything renders; no Referer header leaves any page.</summary>
    public static WebApplication UseWebPages(this WebApplication app)
    {
        // A share link carries its code in the path: a page opened from a /v page (or any other) must not hand that
        // address to another site, so no page sends a Referer, whatever the browser's default.
        app.Use((context, next) =>
        {
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
        app.UseRequestLocalization();
        return app;
    }

    public static WebApplication MapWebPages(this WebApplication app)
    {
        // Stylesheets are public: the sign-in page needs them before anyone is signed in.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages();
        app.MapLearnerOpenBadge();
        app.MapLearnerDecisionCredential();
        return app;
    }
}
