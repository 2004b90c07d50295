using System.Text.RegularExpressions;
using Exchange.Hub.Rpc;

namespace Exchange.Hub.Credentials;

/// <summary>
/// The one shape of a credential id this hub issues (<c>UA-CRED-</c> and 20 lower-case hex digits, see
/// <c>CredentialIdBinding.For</c>). Every entry point that takes a credential id checks it before any grain
/// is touched, so a random string costs the hub nothing: no activation, no storage read.
/// </summary>
public static partial class CredentialIdShape
{
    public const string Description = "a credential id such as UA-CRED-0123456789abcdef0123 (country, CRED, 20 lower-case hex digits)";

    public static bool IsWellFormed(string? id) => id is not null && Shape().IsMatch(id);

    /// <summary>Adds a violation for <paramref name="field"/> when the id is missing or not of the shape.</summary>
    public static FieldViolations CheckCredentialId(this FieldViolations violations, string? id, string field)
    {
        ArgumentNullException.ThrowIfNull(violations);
        return string.IsNullOrEmpty(id) ? violations.Add(field, $"{field} is required.")
            : IsWellFormed(id) ? violations
            : violations.Add(field, $"{field} must be {Description}.");
    }

    [GeneratedRegex("^[A-Z]{2}-CRED-[0-9a-f]{20}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Shape();
}
