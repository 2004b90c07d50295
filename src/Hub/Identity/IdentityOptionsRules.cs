using Exchange.Hub.Hosting;
using Exchange.Hub.Security;

namespace Exchange.Hub.Identity;

/// <summary>The sign-in settings checked at start, each failure saying which key to fix.</summary>
internal static class IdentityOptionsRules
{
    private static readonly string[] KnownRoles = [HubRoles.Admin, HubRoles.Officer, HubRoles.Institution, HubRoles.Learner];

    public static IEnumerable<string> Failures(HubOptions hub)
    {
        var identity = hub.Identity;
        if (!identity.Provider.Enabled && !identity.HasExternal)
        {
            yield return "Hub:Identity:Provider:Enabled is false and Hub:Identity:External:Authority is not set: nobody could sign in to the web pages. Enable the hub's provider or configure the country's.";
        }

        if (identity.DemoAccounts && !identity.Provider.Enabled)
        {
            yield return "Hub:Identity:DemoAccounts needs the hub's own provider (Hub:Identity:Provider:Enabled): the demo accounts sign in there.";
        }

        if (identity.DemoAccounts && string.IsNullOrWhiteSpace(hub.SeedFolder))
        {
            yield return "Hub:Identity:DemoAccounts needs Hub:SeedFolder: the demo accounts are read from <SeedFolder>/<Country>/accounts.json.";
        }

        if (identity.Provider.Issuer is { Length: > 0 } issuer && !IsHttpUrl(issuer, hub.Plaintext))
        {
            yield return $"Hub:Identity:Provider:Issuer '{issuer}' must be an absolute {(hub.Plaintext ? "http or https" : "https")} URL (the hub's public REST address).";
        }

        foreach (var (party, index) in identity.Provider.RelyingParties.Select((p, i) => (p, i)))
        {
            if (string.IsNullOrWhiteSpace(party.ClientId) || !Uri.TryCreate(party.RedirectUri, UriKind.Absolute, out _))
            {
                yield return $"Hub:Identity:Provider:RelyingParties:{index} needs a ClientId and an absolute RedirectUri.";
            }
        }

        if (identity.Provider.AccessTokenMinutes is < 1 or > 1440)
        {
            yield return "Hub:Identity:Provider:AccessTokenMinutes must be between 1 and 1440.";
        }

        if (identity.WebSessionMinutes is < 1 or > 1440)
        {
            yield return "Hub:Identity:WebSessionMinutes must be between 1 and 1440.";
        }

        if (!identity.HasExternal)
        {
            yield break;
        }

        var external = identity.External;
        if (!IsHttpUrl(external.Authority!, hub.Plaintext))
        {
            yield return $"Hub:Identity:External:Authority '{external.Authority}' must be an absolute https URL (the provider's issuer).";
        }

        if (string.IsNullOrWhiteSpace(external.ClientId))
        {
            yield return "Hub:Identity:External:ClientId is required with Hub:Identity:External:Authority (this hub's client at the provider).";
        }

        foreach (var (name, value) in new[] { ("Subject", external.Claims.Subject), ("Role", external.Claims.Role) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return $"Hub:Identity:External:Claims:{name} must name the provider's claim that carries it.";
            }
        }

        foreach (var (from, to) in external.Claims.RoleValues)
        {
            if (!KnownRoles.Contains(to, StringComparer.Ordinal))
            {
                yield return $"Hub:Identity:External:Claims:RoleValues:{from} maps to '{to}', which is not a hub role ({string.Join(", ", KnownRoles)}).";
            }
        }
    }

    private static bool IsHttpUrl(string value, bool plaintextAllowed) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (plaintextAllowed && uri.Scheme == Uri.UriSchemeHttp));
}
