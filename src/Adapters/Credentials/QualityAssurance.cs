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
    /// <summary>External QA that is still valid on the given date.</summary>
    public bool IsExternalAndValidOn(DateOnly date) =>
        Type is QualityAssuranceType.ExternalEqarRegistered or QualityAssuranceType.ExternalNational
        && (ValidUntil is null || ValidUntil.Value >= date);
}
