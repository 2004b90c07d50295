using System.Text.Json;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Exchange.Hub.Identity.Provider;

/// <summary>
/// The client registrations of the hub's provider: its own web pages (always), machine clients with client
/// credentials and terminals with the device flow. Written at start; a registration another silo wrote first is
/// brought up to date instead of added twice.
/// </summary>
internal sealed class ProviderClients(IOpenIddictApplicationManager applications)
{
    /// <summary>The hub's own web pages as a client of its provider: public, authorization code with PKCE.</summary>
    public const string WebClientId = "exchange-web";

    public Task RegisterWebAsync(Uri issuer, CancellationToken ct)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = WebClientId,
            DisplayName = "Exchange web pages",
            ClientType = ClientTypes.Public,
            ApplicationType = ApplicationTypes.Web,
            ConsentType = ConsentTypes.Implicit,
            RedirectUris = { new Uri(issuer, "signin-oidc") },
            PostLogoutRedirectUris = { new Uri(issuer, "signout-callback-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        return UpsertAsync(descriptor, ct);
    }

    /// <summary>Another web site signing people in here (authorization code + PKCE; confidential when it has a secret).</summary>
    public Task RegisterRelyingPartyAsync(RelyingPartyOptions party, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(party);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = party.ClientId,
            ClientSecret = party.ClientSecret,
            DisplayName = party.ClientId,
            ClientType = party.ClientSecret is null ? ClientTypes.Public : ClientTypes.Confidential,
            ApplicationType = ApplicationTypes.Web,
            ConsentType = ConsentTypes.Implicit,
            RedirectUris = { new Uri(party.RedirectUri!) },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        if (party.PostLogoutRedirectUri is { } signedOut)
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(signedOut));
        }

        return UpsertAsync(descriptor, ct);
    }

    public Task RegisterMachineAsync(string clientId, string displayName, string secret, string role, string? institution, CancellationToken ct)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            DisplayName = displayName,
            ClientType = ClientTypes.Confidential,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        descriptor.Properties[ClientRegistration.RoleProperty] = JsonSerializer.SerializeToElement(role);
        if (institution is not null)
        {
            descriptor.Properties[ClientRegistration.InstitutionProperty] = JsonSerializer.SerializeToElement(institution);
        }

        return UpsertAsync(descriptor, ct);
    }

    public Task RegisterTerminalAsync(string clientId, string displayName, CancellationToken ct) => UpsertAsync(new OpenIddictApplicationDescriptor
    {
        ClientId = clientId,
        DisplayName = displayName,
        ClientType = ClientTypes.Public,
        ApplicationType = ApplicationTypes.Native,
        Permissions =
        {
            Permissions.Endpoints.DeviceAuthorization, Permissions.Endpoints.Token,
            Permissions.GrantTypes.DeviceCode, Permissions.GrantTypes.RefreshToken,
            Permissions.Scopes.Profile, Permissions.Scopes.Roles,
        },
    }, ct);

    private async Task UpsertAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken ct)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, ct);
        if (existing is null)
        {
            try
            {
                await applications.CreateAsync(descriptor, ct);
                return;
            }
            catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or OpenIddictExceptions.ValidationException)
            {
                // Another silo registered it at the same moment (unique client id): bring theirs up to date below.
                existing = await applications.FindByClientIdAsync(descriptor.ClientId!, ct) ?? throw new InvalidOperationException(
                    $"The client {descriptor.ClientId} could be neither registered nor found.", e);
            }
        }

        // Redirect addresses follow the issuer (a hub moved to another port or name); secrets follow the seed.
        await applications.UpdateAsync(existing, descriptor, ct);
    }
}
