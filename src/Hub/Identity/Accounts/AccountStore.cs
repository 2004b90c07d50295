using Exchange.Hub.Identity.Store;
using Microsoft.EntityFrameworkCore;

namespace Exchange.Hub.Identity.Accounts;

/// <summary>Reads accounts for sign-in and for the tokens issued to them.</summary>
public sealed class AccountStore(IdentityDbContext db)
{
    public Task<Account?> FindAsync(string subject, CancellationToken cancellationToken) =>
        db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Subject == subject, cancellationToken);
}
