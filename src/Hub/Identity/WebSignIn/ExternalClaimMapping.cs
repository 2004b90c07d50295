using System.Security.Claims;
using Exchange.Hub.Security;

namespace Exchange.Hub.Identity.WebSignIn;

/// <summary>
/// Turns the country provider's claims into the hub's (<c>sub</c>, <c>name</c>, <c>role</c>, <c>institution</c>,
/// <c>learner</c>, <c>commission</c>) as <c>Hub:Identity:External:Claims</c> says, for bearer tokens and web sign-in
/// alike. Whatever the provider sent under the hub's own claim names is dropped first: only the mapping decides a role.
/// </summary>
public static class ExternalClaimMapping
{
    private static readonly string[] HubRoleValues = [HubRoles.Admin, HubRoles.Officer, HubRoles.Institution, HubRoles.Learner];

    private static readonly string[] HubClaimTypes = ["sub", "name", HubClaims.Role, HubClaims.Institution, HubClaims.Learner, HubClaims.CommissionMember];

    public static void Apply(ClaimsIdentity identity, ExternalClaimOptions map)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(map);
        var subject = identity.FindFirst(map.Subject)?.Value;
        var name = identity.FindFirst(map.Name)?.Value;
        var role = identity.FindAll(map.Role).Select(c => HubRole(c.Value, map)).FirstOrDefault(r => r is not null);
        var institution = identity.FindFirst(map.Institution)?.Value;
        var learner = identity.FindFirst(map.Learner)?.Value;
        var commission = identity.FindAll(map.Commission).Any(c => string.Equals(c.Value, map.CommissionValue, StringComparison.Ordinal));
        foreach (var claim in identity.Claims.Where(c => HubClaimTypes.Contains(c.Type, StringComparer.Ordinal)).ToList())
        {
            identity.RemoveClaim(claim);
        }

        Add(identity, "sub", subject);
        Add(identity, "name", name);
        Add(identity, HubClaims.Role, role);
        Add(identity, HubClaims.Institution, institution);
        Add(identity, HubClaims.Learner, learner);
        Add(identity, HubClaims.CommissionMember, commission ? "true" : null);
    }

    private static string? HubRole(string value, ExternalClaimOptions map) =>
        map.RoleValues.Count == 0
            ? HubRoleValues.FirstOrDefault(r => string.Equals(r, value, StringComparison.Ordinal))
            : map.RoleValues.GetValueOrDefault(value);

    private static void Add(ClaimsIdentity identity, string type, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            identity.AddClaim(new Claim(type, value));
        }
    }
}
