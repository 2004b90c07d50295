namespace Exchange.Hub.Identity;

/// <summary>Authentication schemes of the Identity room beyond the web ones of <see cref="Web.WebAuth"/>.</summary>
public static class IdentitySchemes
{
    /// <summary>The session cookie of the hub's own provider: who has signed in at its login page. Separate from the
    /// web pages' cookie, which the pages get through OpenID Connect like from any provider.</summary>
    public const string ProviderCookie = "exchange.provider";

    /// <summary>Every web page (Razor Pages root) needs a web sign-in unless it says [AllowAnonymous]; either way its
    /// <c>User</c> is read from the web cookie, so anti-forgery tokens match the person who posts them.</summary>
    public const string WebSignedInPolicy = "web.signed-in";

    /// <summary>Paths of the provider's protocol endpoints.</summary>
    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string DevicePath = "/connect/device";
    public const string EndSessionPath = "/connect/endsession";
    public const string UserInfoPath = "/connect/userinfo";

    /// <summary>The page where a person at a terminal enters the user code of the device flow.</summary>
    public const string VerifyPath = "/account/device";

    public const string LoginPath = "/account/login";
    public const string SignedOutPath = "/account/signedout";
    public const string DeniedPath = "/account/denied";
}
