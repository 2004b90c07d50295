namespace Exchange.Hub.Identity.Provider;

/// <summary>What a key of the hub's own provider is for.</summary>
internal static class ProviderKeyPurpose
{
    /// <summary>RSA key the provider signs identity and access tokens with (RS256; published in its JWKS).</summary>
    public const string Signing = "signing";

    /// <summary>AES key the provider encrypts its own tokens with (codes, refresh and device tokens).</summary>
    public const string Encryption = "encryption";
}
