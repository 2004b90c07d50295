using Exchange.Hub.Grains.Registry;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Mapping.Enums;

/// <summary>registry.proto and trust.proto key enums ↔ the registry's domain enums, value by value.</summary>
internal static class RegistryEnums
{
    public static V1.KeyStatus ToProto(SigningKeyStatus status) => status switch
    {
        SigningKeyStatus.Pending => V1.KeyStatus.Pending,
        SigningKeyStatus.Active => V1.KeyStatus.Active,
        SigningKeyStatus.Retired => V1.KeyStatus.Retired,
        SigningKeyStatus.Revoked => V1.KeyStatus.Revoked,
        _ => throw UnknownEnumValue.FromDomain(status),
    };

    public static SigningKeyStatus ToDomain(V1.KeyStatus status) => status switch
    {
        V1.KeyStatus.Pending => SigningKeyStatus.Pending,
        V1.KeyStatus.Active => SigningKeyStatus.Active,
        V1.KeyStatus.Retired => SigningKeyStatus.Retired,
        V1.KeyStatus.Revoked => SigningKeyStatus.Revoked,
        _ => throw UnknownEnumValue.FromWire(status),
    };

    public static V1.InstitutionRole ToProto(InstitutionCapability capability) => capability switch
    {
        InstitutionCapability.Issuer => V1.InstitutionRole.Issuer,
        InstitutionCapability.Recogniser => V1.InstitutionRole.Recogniser,
        _ => throw UnknownEnumValue.FromDomain(capability),
    };

    public static InstitutionCapability ToDomain(V1.InstitutionRole role) => role switch
    {
        V1.InstitutionRole.Issuer => InstitutionCapability.Issuer,
        V1.InstitutionRole.Recogniser => InstitutionCapability.Recogniser,
        _ => throw UnknownEnumValue.FromWire(role),
    };

    public static V1.ProgrammeRegistryStatus ToProto(ProgrammeListing listing) => listing switch
    {
        ProgrammeListing.Draft => V1.ProgrammeRegistryStatus.Draft,
        ProgrammeListing.Listed => V1.ProgrammeRegistryStatus.Listed,
        ProgrammeListing.Delisted => V1.ProgrammeRegistryStatus.Delisted,
        _ => throw UnknownEnumValue.FromDomain(listing),
    };

    public static ProgrammeListing ToDomain(V1.ProgrammeRegistryStatus status) => status switch
    {
        V1.ProgrammeRegistryStatus.Draft => ProgrammeListing.Draft,
        V1.ProgrammeRegistryStatus.Listed => ProgrammeListing.Listed,
        V1.ProgrammeRegistryStatus.Delisted => ProgrammeListing.Delisted,
        _ => throw UnknownEnumValue.FromWire(status),
    };
}
