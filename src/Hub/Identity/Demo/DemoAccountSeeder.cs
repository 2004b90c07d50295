using Exchange.Hub.Identity.Accounts;
using Exchange.Hub.Identity.Provider;
using Exchange.Hub.Identity.Store;
using Microsoft.EntityFrameworkCore;

namespace Exchange.Hub.Identity.Demo;

/// <summary>
/// Adds the demo accounts and clients of the hub's country that are not there yet. An account already present keeps
/// its password and role, so a changed password survives a restart; silos seeding at once lose nothing (the primary
/// key keeps one row).
/// </summary>
internal static class DemoAccountSeeder
{
    public static async Task<(int Accounts, int Clients)> SeedAsync(DemoAccountsFile file, string country, IdentityDbContext db, ProviderClients clients, CancellationToken ct)
    {
        foreach (var demo in file.Accounts)
        {
            if (await db.Accounts.AnyAsync(a => a.Subject == demo.Username, ct))
            {
                continue;
            }

            db.Accounts.Add(new Account
            {
                Subject = demo.Username,
                DisplayName = demo.DisplayName,
                PasswordHash = AccountPasswords.Hash(demo.Password),
                Role = demo.Role,
                Institution = demo.Institution,
                Learner = demo.Learner,
                CommissionMember = demo.Commission,
                Country = country,
            });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another silo added it first.
                db.ChangeTracker.Clear();
            }
        }

        foreach (var client in file.Clients)
        {
            await (client.Grant switch
            {
                "client_credentials" => clients.RegisterMachineAsync(client.ClientId, client.DisplayName,
                    client.Secret ?? throw new InvalidDataException($"Demo client {client.ClientId} needs a secret."),
                    client.Role ?? throw new InvalidDataException($"Demo client {client.ClientId} needs a role."), client.Institution, ct),
                "device_code" => clients.RegisterTerminalAsync(client.ClientId, client.DisplayName, ct),
                _ => throw new InvalidDataException($"Demo client {client.ClientId}: grant '{client.Grant}' is not client_credentials or device_code."),
            });
        }

        return (file.Accounts.Count, file.Clients.Count);
    }
}
