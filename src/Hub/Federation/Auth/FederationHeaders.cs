namespace Exchange.Hub.Federation.Auth;

/// <summary>Metadata headers that authenticate a HubFederation call (federation.proto, AUTHENTICATION).</summary>
public static class FederationHeaders
{
    public const string HubId = "x-exchange-hub-id";
    public const string KeyId = "x-exchange-key-id";
    public const string Timestamp = "x-exchange-timestamp";
    public const string Nonce = "x-exchange-nonce";
    public const string Signature = "x-exchange-signature-bin";
}
