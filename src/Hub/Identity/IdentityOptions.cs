namespace Exchange.Hub.Identity;

/// <summary>
/// How people and machines sign in to this hub (<c>Hub:Identity</c>): the hub's own OpenID provider, the country's
/// external provider if one is configured, and whether the demo accounts are seeded. Checked at start by
/// <see cref="IdentityOptionsRules"/>.
/// </summary>
public sealed class IdentityOptions
{
    /// <summary>Seeds the demo accounts and clients of <c>seed/&lt;CC&gt;/accounts.json</c> (walkthroughs and tests
    /// only: their passwords are published).</summary>
    public bool DemoAccounts { get; set; }

    public OwnProviderOptions Provider { get; set; } = new();

    /// <summary>The country's identity provider; when its authority is set, the web pages sign in there and the API
    /// accepts its tokens too.</summary>
    public ExternalProviderOptions External { get; set; } = new();

    /// <summary>How long a web sign-in lasts without use (the cookie slides while the person works).</summary>
    public int WebSessionMinutes { get; set; } = 60;

    public bool HasExternal => !string.IsNullOrWhiteSpace(External.Authority);
}

/// <summary>The hub's own OpenID provider (<c>Hub:Identity:Provider</c>).</summary>
public sealed class OwnProviderOptions
{
    /// <summary>Serves the provider's endpoints (authorization code + PKCE, client credentials, device flow, refresh).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The issuer: the hub's public REST URL as browsers and clients reach it (every silo of a hub shares
    /// it). Unset: the REST port on the listen address.</summary>
    public string? Issuer { get; set; }

    public int AccessTokenMinutes { get; set; } = 60;

    /// <summary>Other web sites that sign people in here (e.g. another hub whose country provider this hub is):
    /// each a client of this provider by authorization code + PKCE.</summary>
    public List<RelyingPartyOptions> RelyingParties { get; set; } = [];
}

/// <summary>A web site signing people in at the hub's own provider (<c>Hub:Identity:Provider:RelyingParties:N</c>).</summary>
public sealed class RelyingPartyOptions
{
    public string? ClientId { get; set; }

    /// <summary>Its secret; unset: a public client (PKCE only).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Where the provider sends the person back with the code, e.g. <c>https://hub.example/signin-oidc</c>.</summary>
    public string? RedirectUri { get; set; }

    public string? PostLogoutRedirectUri { get; set; }
}

/// <summary>The country's identity provider (<c>Hub:Identity:External</c>).</summary>
public sealed class ExternalProviderOptions
{
    /// <summary>Its issuer URL; its metadata is read from <c>.well-known/openid-configuration</c> below it.</summary>
    public string? Authority { get; set; }

    /// <summary>This hub's client id at the provider (web sign-in: authorization code + PKCE).</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The audience the provider's access tokens carry for this hub's API; unset: the hub id.</summary>
    public string? Audience { get; set; }

    /// <summary>Pin of the provider's TLS key (as <c>pin</c> prints it) when its certificate is not from a CA the
    /// machine trusts, e.g. another hub's self-signed one.</summary>
    public string? TlsKeyPin { get; set; }

    public ExternalClaimOptions Claims { get; set; } = new();
}

/// <summary>Which of the external provider's claims carry what the hub needs.</summary>
public sealed class ExternalClaimOptions
{
    public string Subject { get; set; } = "sub";

    public string Name { get; set; } = "name";

    public string Role { get; set; } = "role";

    /// <summary>The provider's role values and the hub role each stands for; a value not listed gives no role.
    /// Empty: a value that is already a hub role (admin, officer, institution, learner) is taken as it is.</summary>
    public Dictionary<string, string> RoleValues { get; set; } = new(StringComparer.Ordinal);

    public string Institution { get; set; } = "institution";

    public string Learner { get; set; } = "learner";

    /// <summary>The claim whose value <see cref="CommissionValue"/> makes an officer a commission member.</summary>
    public string Commission { get; set; } = "commission";

    public string CommissionValue { get; set; } = "true";
}
