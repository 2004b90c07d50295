using Exchange.Hub.Errors;
using Exchange.Hub.Mapping.Enums;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Tests.Contracts;

/// <summary>
/// Every proto ↔ domain enum mapping covers every value of both sides: each domain value goes to the wire value
/// of the same name and back; each wire value either comes back unchanged or is one the domain does not know
/// (UNSPECIFIED, and the listed wire-only values), which is refused as an invalid argument, like any unknown number.
/// </summary>
public sealed class EnumMappingSpecs
{
    [Fact]
    public void Case_status_maps_every_value() =>
        AssertMapping<Grains.Recognition.CaseStatus, V1.CaseStatus>(RecognitionEnums.ToProto, RecognitionEnums.ToDomain);

    [Fact]
    public void Recognition_criterion_maps_every_value() =>
        AssertMapping<Adapters.Recognition.Criterion, V1.RecognitionCriterion>(RecognitionEnums.ToProto, RecognitionEnums.ToDomain);

    [Fact]
    public void Decision_outcome_maps_every_value_and_refuses_referral() =>
        AssertMapping<Grains.Recognition.DecisionOutcome, V1.RecognitionOutcome>(RecognitionEnums.ToProto, RecognitionEnums.ToDomain,
            V1.RecognitionOutcome.ReferredForReview);

    [Fact]
    public void Decider_kind_maps_every_value() =>
        AssertMapping<Grains.Recognition.DeciderKind, V1.DeciderKind>(RecognitionEnums.ToProto, RecognitionEnums.ToDomain);

    [Fact]
    public void Compensatory_measure_kind_maps_every_value() =>
        AssertMapping<Grains.Recognition.CaseMeasureKind, V1.CompensatoryMeasureKind>(RecognitionEnums.ToProto, RecognitionEnums.ToDomain);

    [Fact]
    public void Appeal_status_maps_every_value_and_refuses_withdrawn() =>
        AssertMapping<Grains.Recognition.AppealStatus, V1.AppealStatus>(RecognitionEnums.ToProto, RecognitionEnums.ToDomain,
            V1.AppealStatus.Withdrawn);

    [Fact]
    public void Recognised_target_kind_maps_every_value() =>
        AssertMapping<Grains.Issuing.RecognisedTargetKind, V1.TargetKind>(RecognitionEnums.ToProto, RecognitionEnums.ToDomain);

    [Fact]
    public void Commission_role_maps_every_value() =>
        AssertMapping<Grains.Review.CommissionRole, V1.CommissionRole>(ReviewEnums.ToProto, ReviewEnums.ToDomain);

    [Fact]
    public void Vote_choice_maps_every_value() =>
        AssertMapping<Grains.Review.VoteChoice, V1.VoteChoice>(ReviewEnums.ToProto, ReviewEnums.ToDomain);

    [Fact]
    public void Commission_status_maps_every_value() =>
        AssertMapping<Grains.Review.CommissionStatus, V1.CommissionStatus>(ReviewEnums.ToProto, ReviewEnums.ToDomain);

    [Fact]
    public void Signing_key_status_maps_every_value() =>
        AssertMapping<Grains.Registry.SigningKeyStatus, V1.KeyStatus>(RegistryEnums.ToProto, RegistryEnums.ToDomain);

    [Fact]
    public void Institution_capability_maps_every_role() =>
        AssertMapping<Grains.Registry.InstitutionCapability, V1.InstitutionRole>(RegistryEnums.ToProto, RegistryEnums.ToDomain);

    [Fact]
    public void Programme_listing_maps_every_registry_status() =>
        AssertMapping<Grains.Registry.ProgrammeListing, V1.ProgrammeRegistryStatus>(RegistryEnums.ToProto, RegistryEnums.ToDomain);

    [Fact]
    public void Credential_state_maps_every_value_and_refuses_suspended() =>
        AssertMapping<Grains.Issuing.CredentialState, V1.CredentialStatus>(CredentialEnums.ToProto, CredentialEnums.ToDomain,
            V1.CredentialStatus.Suspended);

    [Fact]
    public void Share_grant_state_maps_every_value() =>
        AssertMapping<Grains.Issuing.ShareGrantState, V1.ShareGrantStatus>(CredentialEnums.ToProto, CredentialEnums.ToDomain);

    [Fact]
    public void Verification_verdict_maps_every_value() =>
        AssertMapping<Hub.Credentials.VerificationVerdict, V1.VerificationVerdict>(CredentialEnums.ToProto, CredentialEnums.ToDomain);

    [Fact]
    public void Verification_check_maps_every_value() =>
        AssertMapping<Hub.Credentials.VerificationCheck, V1.VerificationCheckKind>(CredentialEnums.ToProto, CredentialEnums.ToDomain);

    [Fact]
    public void Check_result_maps_every_value() =>
        AssertMapping<Hub.Credentials.CheckResult, V1.CheckResult>(CredentialEnums.ToProto, CredentialEnums.ToDomain);

    private static void AssertMapping<TDomain, TProto>(
        Func<TDomain, TProto> toProto, Func<TProto, TDomain> toDomain, params TProto[] wireOnly)
        where TDomain : struct, Enum
        where TProto : struct, Enum
    {
        foreach (var value in Enum.GetValues<TDomain>())
        {
            var wire = toProto(value);
            Assert.Equal(value.ToString(), wire.ToString());
            Assert.Equal(value, toDomain(wire));
        }

        foreach (var wire in Enum.GetValues<TProto>())
        {
            if (Convert.ToInt32(wire, System.Globalization.CultureInfo.InvariantCulture) == 0 || wireOnly.Contains(wire))
            {
                var refused = Assert.Throws<HubException>(() => toDomain(wire));
                Assert.Equal(ErrorKind.InvalidArgument, refused.Kind);
            }
            else
            {
                Assert.Equal(wire, toProto(toDomain(wire)));
            }
        }

        var unknownWire = (TProto)Enum.ToObject(typeof(TProto), 999);
        Assert.Equal(ErrorKind.InvalidArgument, Assert.Throws<HubException>(() => toDomain(unknownWire)).Kind);
        var unknownDomain = (TDomain)Enum.ToObject(typeof(TDomain), 999);
        Assert.Throws<ArgumentOutOfRangeException>(() => toProto(unknownDomain));
    }
}
