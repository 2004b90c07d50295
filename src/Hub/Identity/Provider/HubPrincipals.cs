using System.Security.Claims;
using Exchange.Hub.Identity.Accounts;
using Exchange.Hub.Security;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Exchange.Hub.Identity.Provider;

/// <summary>
/// The principals the hub's provider signs tokens for, carrying exactly the claims the API and the web pages read:
/// <c>sub</c>, <c>name</c>, <c>role</c>, <c>institution</c>, <c>learner</c>, <c>commission</c>. Claims are taken from
/// the account or client registration each time a token is issued, so a changed role shows at the next refresh.
/// </summary>
internal static class HubPrincipals
{
    public static ClaimsPrincipal ForAccount(Account account, IEnumerable<string> scopes, string audience)
    {
        ArgumentNullException.ThrowIfNull(account);
        return Build(account.Subject, account.DisplayName, account.Role, account.Institution, account.Learner, account.CommissionMember, scopes, audience);
    }

    public static ClaimsPrincipal ForClient(ClientRegistration client, IEnumerable<string> scopes, string audience)
    {
        ArgumentNullException.ThrowIfNull(client);
        return Build(client.ClientId, client.DisplayName, client.Role, client.Institution, learner: null, commission: false, scopes, audience);
    }

    private static ClaimsPrincipal Build(
        string subject, string name, string role, string? institution, string? learner, bool commission, IEnumerable<string> scopes, string audience)
    {
        var identity = new ClaimsIdentity("exchange.provider", Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject)
            .SetClaim(Claims.Name, name)
            .SetClaim(HubClaims.Role, role)
            .SetClaim(HubClaims.Institution, institution)
            .SetClaim(HubClaims.Learner, learner);
        if (commission)
        {
            identity.SetClaim(HubClaims.CommissionMember, "true");
        }

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        // The hub's API is the audience of every access token the provider issues.
        principal.SetResources(audience);
        // People's claims go into the identity token too: the web sign-in builds its principal from it.
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return principal;
    }
}
