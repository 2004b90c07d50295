using System.Security.Claims;
using Exchange.Hub.Security;

namespace Exchange.Hub.Web;

/// <summary>The signed-in person as the layout shows them: display name and role. Read from the same claims as a
/// bearer token (<c>name</c>, <c>role</c>, <c>commission</c>), with the framework's claim types as a fallback.</summary>
public sealed record WebPerson(string DisplayName, string Role, bool IsCommissionMember)
{
    /// <summary>Officers and administrators see the console's navigation (the pages themselves are held by
    /// <see cref="WebAuth.ConsoleRead"/>).</summary>
    public bool SeesConsole => Role is HubRoles.Officer or HubRoles.Admin;

    /// <summary>Learners see the navigation of their own pages (<c>/my</c>, held by <see cref="WebAuth.LearnerPages"/>).</summary>
    public bool SeesLearnerPages => Role is HubRoles.Learner;

    /// <summary>Universities see the navigation of their cases (<c>/university</c>, held by <see cref="WebAuth.UniversityPages"/>).</summary>
    public bool SeesUniversityPages => Role is HubRoles.Institution;

    /// <summary>Where this person's pages start: the console, their credentials or their institution's cases; null for
    /// a role without pages of its own.</summary>
    public string? Home => Role switch
    {
        HubRoles.Officer or HubRoles.Admin => "/console",
        HubRoles.Learner => "/my",
        HubRoles.Institution => "/university",
        _ => null,
    };

    public static WebPerson? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var subject = user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = user.FindFirstValue("name") ?? user.FindFirstValue(ClaimTypes.Name) ?? subject;
        var role = user.FindFirstValue(HubClaims.Role) ?? user.FindFirstValue(ClaimTypes.Role);
        if (name is null || role is null)
        {
            return null;
        }

        return new WebPerson(name, role,
            string.Equals(user.FindFirstValue(HubClaims.CommissionMember), "true", StringComparison.Ordinal));
    }
}
