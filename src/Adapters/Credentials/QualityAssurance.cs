namespace Exchange.Adapters.Credentials;

/// <summary>Kind of quality assurance underpinning a credential (EU element 11).</summary>
public enum QualityAssuranceType
{
    Unknown = 0,

    /// <summary>External QA by an agency registered on EQAR (found in DEQAR) [A12].</summary>
    ExternalEqarRegistered,

    /// <summary>External QA by a national agency or register not on EQAR.</summary>
    ExternalNational,

    /// <summary>Only the provider's own internal QA.</summary>
    InternalOnly,

    /// <summary>No quality assurance stated.</summary>
    None,
}

/// <summary>The QA statement: type, agency and until when the accreditation is valid.</summary>
public sealed record QualityAssurance(QualityAssuranceType Type, string? Agency = null, DateOnly? ValidUntil = null)
{
    /// <summary>The agency's organisation id as the credential states it, e.g. "UA-NAQA"; the register is looked up by it.</summary>
    public string? AgencyId { get; init; }

    /// <summary>The DEQAR id (agency or report) the credential claims, e.g. "AG0052"; the register checks the claim.</summary>
    public string? DeqarId { get; init; }

    /// <summary>External QA that is still valid on the given date.</summary>
    public bool IsExternalAndValidOn(DateOnly date) =>
        Type is QualityAssuranceType.ExternalEqarRegistered or QualityAssuranceType.ExternalNational
        && (ValidUntil is null || ValidUntil.Value >= date);
}
