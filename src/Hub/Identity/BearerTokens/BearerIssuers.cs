using Exchange.Hub.Identity.Provider;
using Exchange.Hub.Identity.WebSignIn;
using Exchange.Hub.Security;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Identity.BearerTokens;

/// <summary>
/// The issuers whose bearer tokens the API accepts, each with its own keys: the operator's <c>token</c> command
/// (issuer = hub id, the key ring's token keys, each trusted only inside its window), the hub's own provider (its
/// signing key from the database) and the country's provider (keys from its metadata). A token is checked only
/// against the keys of the issuer it names, so no issuer can sign for another.
/// </summary>
public sealed class BearerIssuers
{
    private readonly HubKeyRing _operatorKeys;
    private readonly IReadOnlyList<SecurityKey> _operatorSigningKeys;
    private readonly string _operatorIssuer;
    private readonly ProviderKeyStore? _provider;
    private readonly string? _providerIssuer;

    internal BearerIssuers(Hosting.HubOptions hub, HubKeyRing operatorKeys, ProviderKeyStore? provider, Uri? providerIssuer, ExternalProviderMetadata? external)
    {
        ArgumentNullException.ThrowIfNull(hub);
        _operatorIssuer = hub.HubId;
        Audiences = external is null ? [hub.HubId] : [hub.HubId, hub.Identity.External.Audience ?? hub.HubId];
        ExternalClaims = hub.Identity.External.Claims;
        _operatorKeys = operatorKeys;
        _operatorSigningKeys = TokenSigningKeys.All(operatorKeys);
        _provider = provider;
        _providerIssuer = providerIssuer?.AbsoluteUri;
        External = external;
    }

    public ExternalProviderMetadata? External { get; }

    /// <summary>The hub id (operator and own-provider tokens), and the audience the country's provider writes.</summary>
    public IReadOnlyList<string> Audiences { get; }

    public ExternalClaimOptions ExternalClaims { get; }

    public bool IsExternal(string? issuer) => External?.Issuer is { } known && string.Equals(issuer, known, StringComparison.Ordinal);

    public IEnumerable<SecurityKey> KeysFor(string? issuer)
    {
        if (string.Equals(issuer, _operatorIssuer, StringComparison.Ordinal))
        {
            return _operatorSigningKeys;
        }

        if (_provider is not null && string.Equals(issuer, _providerIssuer, StringComparison.Ordinal))
        {
            return [_provider.Keys.Signing];
        }

        return IsExternal(issuer) ? External!.SigningKeys : [];
    }

    public string ValidateIssuer(string issuer) =>
        string.Equals(issuer, _operatorIssuer, StringComparison.Ordinal)
        || (_providerIssuer is not null && string.Equals(issuer, _providerIssuer, StringComparison.Ordinal))
        || IsExternal(issuer)
            ? issuer
            : throw new SecurityTokenInvalidIssuerException($"Tokens of '{issuer}' are not accepted by this hub.");

    /// <summary>Operator tokens must fall inside their key's window; the providers rotate their keys themselves.</summary>
    public bool IsKeyValid(SecurityKey key, SecurityToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return !string.Equals(token.Issuer, _operatorIssuer, StringComparison.Ordinal) || TokenSigningKeys.IssuedInWindow(_operatorKeys, key, token);
    }
}
