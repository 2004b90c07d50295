using System.Security.Cryptography;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;

namespace Exchange.Hub.Trust;

/// <summary>
/// What a verifier knows besides the envelope: which hub it is and its attestation key, the issuing
/// institution's registered keys (null = institution unknown), the issuing hub's statement of the credential's
/// status (null = not obtainable), the share-grant check already made (or not applicable), and the time.
/// </summary>
public sealed record EnvelopeVerificationInputs(
    string LocalHubId,
    string HubKeyId,
    ECDsa HubKey,
    IReadOnlyList<PublicSigningKey>? InstitutionKeys,
    CredentialStatusView? Status,
    CheckOutcome ShareGrant,
    DateTimeOffset Now);
