using System.Text.Json;

namespace Exchange.Hub.Identity.Provider;

/// <summary>
/// What a machine client stands for when it signs in with client credentials: the role and institution its tokens
/// carry, kept with its OpenIddict registration (as application properties).
/// </summary>
internal sealed record ClientRegistration(string ClientId, string DisplayName, string Role, string? Institution)
{
    public const string RoleProperty = "exchange_role";
    public const string InstitutionProperty = "exchange_institution";

    public static ClientRegistration? From(string clientId, string? displayName, IReadOnlyDictionary<string, JsonElement> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        if (!properties.TryGetValue(RoleProperty, out var role) || role.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var institution = properties.TryGetValue(InstitutionProperty, out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        return new ClientRegistration(clientId, displayName ?? clientId, role.GetString()!, institution);
    }
}
