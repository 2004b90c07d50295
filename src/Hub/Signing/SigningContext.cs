namespace Exchange.Hub.Signing;

/// <summary>
/// The context strings of the signing domains in <c>protos/exchange/v1/trust.proto</c>. A signature made for one
/// purpose (say, a hub descriptor) can never be replayed as another (say, an envelope attestation) because the
/// context is part of what is signed.
/// </summary>
public static class SigningContext
{
    public const string EnvelopeInstitution = "exchange.v1/envelope/institution";
    public const string EnvelopeHubAttestation = "exchange.v1/envelope/hub-attestation";
    public const string HubDescriptor = "exchange.v1/hub-descriptor";
    public const string InstitutionKeyList = "exchange.v1/institution-key-list";
    public const string FederationRequest = "exchange.v1/federation-request";
    public const string CommissionProtocol = "exchange.v1/commission-protocol";
}
