using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Issuing;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Mapping.Enums;

/// <summary>credential.proto and trust.proto enums ↔ the issuing and verification domain enums, value by value.</summary>
internal static class CredentialEnums
{
    /// <summary>Suspension is a wire value only; an issued credential is never suspended here.</summary>
    public static V1.CredentialStatus ToProto(CredentialState state) => state switch
    {
        CredentialState.Active => V1.CredentialStatus.Active,
        CredentialState.Revoked => V1.CredentialStatus.Revoked,
        CredentialState.Expired => V1.CredentialStatus.Expired,
        _ => throw UnknownEnumValue.FromDomain(state),
    };

    public static CredentialState ToDomain(V1.CredentialStatus status) => status switch
    {
        V1.CredentialStatus.Active => CredentialState.Active,
        V1.CredentialStatus.Revoked => CredentialState.Revoked,
        V1.CredentialStatus.Expired => CredentialState.Expired,
        _ => throw UnknownEnumValue.FromWire(status),
    };

    public static V1.ShareGrantStatus ToProto(ShareGrantState state) => state switch
    {
        ShareGrantState.Active => V1.ShareGrantStatus.Active,
        ShareGrantState.Expired => V1.ShareGrantStatus.Expired,
        ShareGrantState.Revoked => V1.ShareGrantStatus.Revoked,
        _ => throw UnknownEnumValue.FromDomain(state),
    };

    public static ShareGrantState ToDomain(V1.ShareGrantStatus status) => status switch
    {
        V1.ShareGrantStatus.Active => ShareGrantState.Active,
        V1.ShareGrantStatus.Expired => ShareGrantState.Expired,
        V1.ShareGrantStatus.Revoked => ShareGrantState.Revoked,
        _ => throw UnknownEnumValue.FromWire(status),
    };

    public static V1.VerificationVerdict ToProto(VerificationVerdict verdict) => verdict switch
    {
        VerificationVerdict.Valid => V1.VerificationVerdict.Valid,
        VerificationVerdict.Invalid => V1.VerificationVerdict.Invalid,
        VerificationVerdict.Indeterminate => V1.VerificationVerdict.Indeterminate,
        VerificationVerdict.NeedsReview => V1.VerificationVerdict.NeedsReview,
        _ => throw UnknownEnumValue.FromDomain(verdict),
    };

    public static VerificationVerdict ToDomain(V1.VerificationVerdict verdict) => verdict switch
    {
        V1.VerificationVerdict.Valid => VerificationVerdict.Valid,
        V1.VerificationVerdict.Invalid => VerificationVerdict.Invalid,
        V1.VerificationVerdict.Indeterminate => VerificationVerdict.Indeterminate,
        V1.VerificationVerdict.NeedsReview => VerificationVerdict.NeedsReview,
        _ => throw UnknownEnumValue.FromWire(verdict),
    };

    public static V1.VerificationCheckKind ToProto(VerificationCheck check) => check switch
    {
        VerificationCheck.EnvelopeFormat => V1.VerificationCheckKind.EnvelopeFormat,
        VerificationCheck.HeaderConsistency => V1.VerificationCheckKind.HeaderConsistency,
        VerificationCheck.HubKeyTrusted => V1.VerificationCheckKind.HubKeyTrusted,
        VerificationCheck.HubAttestation => V1.VerificationCheckKind.HubAttestation,
        VerificationCheck.InstitutionKeyValid => V1.VerificationCheckKind.InstitutionKeyValid,
        VerificationCheck.InstitutionSignature => V1.VerificationCheckKind.InstitutionSignature,
        VerificationCheck.EmbeddedProof => V1.VerificationCheckKind.EmbeddedProof,
        VerificationCheck.IssuerQualityAssurance => V1.VerificationCheckKind.IssuerQualityAssurance,
        VerificationCheck.Revocation => V1.VerificationCheckKind.Revocation,
        VerificationCheck.Expiry => V1.VerificationCheckKind.Expiry,
        VerificationCheck.ShareGrant => V1.VerificationCheckKind.ShareGrant,
        VerificationCheck.RequiredElements => V1.VerificationCheckKind.RequiredElements,
        VerificationCheck.IssuerKeyTrusted => V1.VerificationCheckKind.IssuerKeyTrusted,
        _ => throw UnknownEnumValue.FromDomain(check),
    };

    public static VerificationCheck ToDomain(V1.VerificationCheckKind kind) => kind switch
    {
        V1.VerificationCheckKind.EnvelopeFormat => VerificationCheck.EnvelopeFormat,
        V1.VerificationCheckKind.HeaderConsistency => VerificationCheck.HeaderConsistency,
        V1.VerificationCheckKind.HubKeyTrusted => VerificationCheck.HubKeyTrusted,
        V1.VerificationCheckKind.HubAttestation => VerificationCheck.HubAttestation,
        V1.VerificationCheckKind.InstitutionKeyValid => VerificationCheck.InstitutionKeyValid,
        V1.VerificationCheckKind.InstitutionSignature => VerificationCheck.InstitutionSignature,
        V1.VerificationCheckKind.EmbeddedProof => VerificationCheck.EmbeddedProof,
        V1.VerificationCheckKind.IssuerQualityAssurance => VerificationCheck.IssuerQualityAssurance,
        V1.VerificationCheckKind.Revocation => VerificationCheck.Revocation,
        V1.VerificationCheckKind.Expiry => VerificationCheck.Expiry,
        V1.VerificationCheckKind.ShareGrant => VerificationCheck.ShareGrant,
        V1.VerificationCheckKind.RequiredElements => VerificationCheck.RequiredElements,
        V1.VerificationCheckKind.IssuerKeyTrusted => VerificationCheck.IssuerKeyTrusted,
        _ => throw UnknownEnumValue.FromWire(kind),
    };

    public static V1.CheckResult ToProto(CheckResult result) => result switch
    {
        CheckResult.Passed => V1.CheckResult.Passed,
        CheckResult.Failed => V1.CheckResult.Failed,
        CheckResult.Warning => V1.CheckResult.Warning,
        CheckResult.Unavailable => V1.CheckResult.Unavailable,
        CheckResult.NotApplicable => V1.CheckResult.NotApplicable,
        CheckResult.NeedsReview => V1.CheckResult.NeedsReview,
        _ => throw UnknownEnumValue.FromDomain(result),
    };

    public static CheckResult ToDomain(V1.CheckResult result) => result switch
    {
        V1.CheckResult.Passed => CheckResult.Passed,
        V1.CheckResult.Failed => CheckResult.Failed,
        V1.CheckResult.Warning => CheckResult.Warning,
        V1.CheckResult.Unavailable => CheckResult.Unavailable,
        V1.CheckResult.NotApplicable => CheckResult.NotApplicable,
        V1.CheckResult.NeedsReview => CheckResult.NeedsReview,
        _ => throw UnknownEnumValue.FromWire(result),
    };
}
