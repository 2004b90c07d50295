namespace Exchange.Hub.Identity.Accounts;

/// <summary>
/// A person who signs in to this hub's own provider. The username is the subject (<c>sub</c>) of every token and web
/// sign-in; role, institution, learner and commission membership become the claims the API and the console read.
/// </summary>
public sealed class Account
{
    public required string Subject { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>ASP.NET Core's PasswordHasher format (PBKDF2, salted); never the password.</summary>
    public required string PasswordHash { get; set; }

    /// <summary>One of <see cref="Security.HubRoles"/>.</summary>
    public required string Role { get; set; }

    public string? Institution { get; set; }

    public string? Learner { get; set; }

    public bool CommissionMember { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country whose centre keeps the account.</summary>
    public required string Country { get; set; }
}
