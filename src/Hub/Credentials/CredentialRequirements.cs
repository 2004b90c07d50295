using Exchange.Adapters;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Validation;
using Exchange.Hub.Mapping;

namespace Exchange.Hub.Credentials;

/// <summary>The required elements of a credential (EU Annex I plus the issuing country's rules), checked by the Adapters.</summary>
public static class CredentialRequirements
{
    private static readonly CredentialValidator Validator = new(new LevelMapper(ReferenceData.Default.Frameworks), ReferenceData.Default.GradeScales);

    public static ValidationResult Check(Exchange.Contracts.V1.Credential credential, string issuingCountry) =>
        Validator.Validate(CredentialToDomain.Map(credential), ReferenceData.Default.RulesFor(issuingCountry));
}
