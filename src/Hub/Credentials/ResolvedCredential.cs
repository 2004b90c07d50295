namespace Exchange.Hub.Credentials;

/// <summary>
/// A credential fetched and verified for a recognition case: the envelope as received, the verification report,
/// the issuing country (whose national rules validate it) and the payload decoded into the Adapters' model
/// (null when the payload could not be decoded; the report then says why).
/// </summary>
/// <param name="Status">The credential's status as the issuing hub stated it with the envelope (when revoked: when and
/// why, in the issuer's words), or null when no statement came with it; the verification page shows it.</param>
public sealed record ResolvedCredential(
    SignedEnvelope Envelope,
    CredentialVerification Verification,
    string IssuingCountry,
    Exchange.Adapters.Credentials.Credential? Credential,
    Grains.Issuing.CredentialStatusView? Status = null);
