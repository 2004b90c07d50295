using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;

namespace Exchange.Hub.Trust;

/// <summary>
/// What a verifier knows besides the envelope: the hub whose credentials it can verify and that hub's trusted
/// attestation keys (this hub's own key, or a peer's pinned keys), the issuing institution's registered keys
/// (null = institution unknown), the issuing hub's statement of the credential's status (null = not obtainable),
/// the share-grant check already made (or not applicable), and the time.
/// </summary>
/// <param name="InstitutionKeysUnavailable">Set when the issuing hub's signed institution key list could not be
/// obtained (peer unreachable, list refused): the institution checks then report
/// <see cref="CheckResult.Unavailable"/> with this explanation, so the verdict is indeterminate and the case waits.</param>
/// <param name="IssuerQualityAssurance">The issuing institution's quality assurance statuses as its hub records them
/// (from the same signed key list for a peer, from the registry for this hub); null or empty = none recorded.</param>
public sealed record EnvelopeVerificationInputs(
    string IssuingHubId,
    IReadOnlyList<PinnedKey> HubKeys,
    IReadOnlyList<PublicSigningKey>? InstitutionKeys,
    CredentialStatusView? Status,
    CheckOutcome ShareGrant,
    DateTimeOffset Now,
    string? InstitutionKeysUnavailable = null,
    IReadOnlyList<QualityAssuranceStatus>? IssuerQualityAssurance = null);
