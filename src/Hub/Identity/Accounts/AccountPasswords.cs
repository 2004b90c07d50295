using Microsoft.AspNetCore.Identity;

namespace Exchange.Hub.Identity.Accounts;

/// <summary>Password hashes of accounts: ASP.NET Core's PasswordHasher (PBKDF2 with a salt per password).</summary>
internal static class AccountPasswords
{
    private static readonly PasswordHasher<Account> Hasher = new();

    // Verified against when the username is unknown, so a wrong name costs as long as a wrong password.
    private static readonly Lazy<string> Decoy = new(() => Hasher.HashPassword(null!, "not-a-password"));

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    /// <summary>Whether <paramref name="password"/> is the account's; with no account, takes as long and says no.</summary>
    public static bool Verify(Account? account, string password)
    {
        var result = Hasher.VerifyHashedPassword(account!, account?.PasswordHash ?? Decoy.Value, password);
        return account is not null && result != PasswordVerificationResult.Failed;
    }
}
