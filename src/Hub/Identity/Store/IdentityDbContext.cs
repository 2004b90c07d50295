using Exchange.Hub.Identity.Accounts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Exchange.Hub.Identity.Store;

/// <summary>
/// The identity tables of the hub's database: OpenIddict's applications, authorizations, scopes and tokens (registered
/// by <c>UseOpenIddict()</c> on the options), the accounts, the provider's keys and the Data Protection key ring. The
/// tables are created by the numbered migrations (<c>Persistence/Migrations</c>), never by EF Core at run time.
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<ProviderKey> ProviderKeys => Set<ProviderKey>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Account>(account =>
        {
            account.ToTable("identity_accounts");
            account.HasKey(a => a.Subject);
            account.Property(a => a.Subject).HasColumnName("subject").HasMaxLength(100);
            account.Property(a => a.DisplayName).HasColumnName("display_name").HasMaxLength(200);
            account.Property(a => a.PasswordHash).HasColumnName("password_hash").HasMaxLength(400);
            account.Property(a => a.Role).HasColumnName("role").HasMaxLength(20);
            account.Property(a => a.Institution).HasColumnName("institution").HasMaxLength(64);
            account.Property(a => a.Learner).HasColumnName("learner").HasMaxLength(64);
            account.Property(a => a.CommissionMember).HasColumnName("commission_member");
            account.Property(a => a.Country).HasColumnName("country").HasMaxLength(2);
            account.HasIndex(a => a.Role).HasDatabaseName("ix_identity_accounts_role");
        });
        modelBuilder.Entity<ProviderKey>(key =>
        {
            key.ToTable("identity_provider_keys");
            key.HasKey(k => k.Purpose);
            key.Property(k => k.Purpose).HasColumnName("purpose").HasMaxLength(20);
            key.Property(k => k.KeyId).HasColumnName("key_id").HasMaxLength(64);
            key.Property(k => k.WrappedKey).HasColumnName("wrapped_key");
            key.Property(k => k.CreatedTicks).HasColumnName("created_ticks");
        });
        modelBuilder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("identity_data_protection_keys");
            key.Property(k => k.Id).HasColumnName("id");
            key.Property(k => k.FriendlyName).HasColumnName("friendly_name");
            key.Property(k => k.Xml).HasColumnName("xml");
        });
    }
}
