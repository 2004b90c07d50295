namespace Exchange.Hub.Credentials;

/// <summary>The checks of trust.proto's VerificationCheckKind, in the order a verifier runs them.</summary>
public enum VerificationCheck
{
    EnvelopeFormat = 1,
    HeaderConsistency = 2,
    HubKeyTrusted = 3,
    HubAttestation = 4,
    InstitutionKeyValid = 5,
    InstitutionSignature = 6,
    EmbeddedProof = 7,
    IssuerQualityAssurance = 8,
    Revocation = 9,
    Expiry = 10,
    ShareGrant = 11,
    RequiredElements = 12,
    IssuerKeyTrusted = 13,
}

/// <summary>Result of one check (trust.proto CheckResult).</summary>
public enum CheckResult
{
    Passed = 1,
    Failed = 2,
    Warning = 3,
    Unavailable = 4,
    NotApplicable = 5,
    NeedsReview = 6,
}

/// <summary>Overall verdict: valid only when no check failed, none was unavailable and none needs an officer.</summary>
public enum VerificationVerdict
{
    Valid = 1,
    Invalid = 2,
    Indeterminate = 3,
    NeedsReview = 4,
}

/// <summary>One check, its result, an English explanation, and the ErrorReason name when it failed; the issuer-QA
/// check also carries the quality assurance status it was made against.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CheckOutcome")]
public sealed record CheckOutcome(
    [property: Id(0)] VerificationCheck Check,
    [property: Id(1)] CheckResult Result,
    [property: Id(2)] string Detail,
    [property: Id(3)] string? FailureReason = null,
    [property: Id(4)] string? KeyId = null,
    [property: Id(5)] QualityAssuranceBasis? QualityAssurance = null);

/// <summary>A verification report: every check performed and the verdict they add up to.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CredentialVerification")]
public sealed record CredentialVerification(
    [property: Id(0)] string CredentialId,
    [property: Id(1)] string IssuingHubId,
    [property: Id(2)] IReadOnlyList<CheckOutcome> Checks,
    [property: Id(3)] DateTimeOffset VerifiedAt,
    [property: Id(4)] DateTimeOffset ValidUntil)
{
    public VerificationVerdict Verdict =>
        Checks.Any(c => c.Result == CheckResult.Failed) ? VerificationVerdict.Invalid
        : Checks.Any(c => c.Result == CheckResult.Unavailable) ? VerificationVerdict.Indeterminate
        : Checks.Any(c => c.Result == CheckResult.NeedsReview) ? VerificationVerdict.NeedsReview
        : VerificationVerdict.Valid;
}
