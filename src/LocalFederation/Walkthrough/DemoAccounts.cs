using System.Text.Json;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>One demo account of a hub's own sign-in, as <c>seed/&lt;CC&gt;/accounts.json</c> lists it (the hubs seed the same
/// file when <c>Hub:Identity:DemoAccounts</c> is on).</summary>
internal sealed record DemoAccount(string Username, string Password, string DisplayName, string Role, bool CommissionMember);

/// <summary>Reads the demo accounts the walkthrough prints and seats on the Kazakh commission.</summary>
internal static class DemoAccounts
{
    /// <param name="seedFolder">The repository's <c>seed</c> folder.</param>
    public static IReadOnlyList<DemoAccount> Read(string seedFolder, string country)
    {
        var path = Path.Combine(seedFolder, country, "accounts.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.GetProperty("accounts").EnumerateArray().Select(a => new DemoAccount(
            Text(a, "username"), Text(a, "password"), Text(a, "displayName"), Text(a, "role"),
            a.TryGetProperty("commission", out var commission) && commission.ValueKind == JsonValueKind.True))];
    }

    private static string Text(JsonElement account, string name) =>
        account.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
