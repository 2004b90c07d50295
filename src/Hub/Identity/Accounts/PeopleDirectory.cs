using Exchange.Hub.Identity.Store;
using Exchange.Hub.Security;
using Microsoft.EntityFrameworkCore;

namespace Exchange.Hub.Identity.Accounts;

/// <summary>The officers and commission members among this hub's accounts.</summary>
internal sealed class PeopleDirectory(IServiceScopeFactory scopes) : IPeopleDirectory
{
    public Task<IReadOnlyList<PersonSummary>> OfficersAsync(CancellationToken cancellationToken) =>
        ListAsync(commissionOnly: false, cancellationToken);

    public Task<IReadOnlyList<PersonSummary>> CommissionMembersAsync(CancellationToken cancellationToken) =>
        ListAsync(commissionOnly: true, cancellationToken);

    private async Task<IReadOnlyList<PersonSummary>> ListAsync(bool commissionOnly, CancellationToken cancellationToken)
    {
        // A singleton port over a scoped context: the console's pages and grains outlive no request of their own.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var people = await db.Accounts.AsNoTracking()
            .Where(a => a.Role == HubRoles.Officer && (!commissionOnly || a.CommissionMember))
            .Select(a => new PersonSummary(a.Subject, a.DisplayName, a.CommissionMember))
            .ToListAsync(cancellationToken);
        // Sorted here: SQLite's ORDER BY knows no culture, and names are Cyrillic, Latin and Latvian.
        return [.. people.OrderBy(p => p.DisplayName, StringComparer.InvariantCulture).ThenBy(p => p.Subject, StringComparer.Ordinal)];
    }
}
