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
/// <param name="InstitutionKeysUnchecked">Set when the institution's keys are not available to this verifier by
/// design (a peer's credential, while the institution key list exchange is not built): the institution checks
/// then report <see cref="CheckResult.NotApplicable"/> with this explanation instead of a result.</param>
public sealed record EnvelopeVerificationInputs(
    string IssuingHubId,
    IReadOnlyList<PinnedKey> HubKeys,
    IReadOnlyList<PublicSigningKey>? InstitutionKeys,
    CredentialStatusView? Status,
    CheckOutcome ShareGrant,
    DateTimeOffset Now,
    string? InstitutionKeysUnchecked = null);
