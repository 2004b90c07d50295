namespace Exchange.Hub.Credentials;

/// <summary>What a quality assurance status reviewed (registry.proto QualityAssuranceStatus.scope).</summary>
public enum QualityAssuranceScope
{
    Unstated = 0,
    Internal = 1,
    Institutional = 2,
    Programme = 3,
    NationalRegister = 4,
    ProfessionalBody = 5,
}

/// <summary>The result of a quality assurance procedure (registry.proto QualityAssuranceResult).</summary>
public enum QualityAssuranceOutcome
{
    Unstated = 0,
    Positive = 1,
    Conditional = 2,
    Negative = 3,
    Pending = 4,
}

/// <summary>
/// The issuer's quality assurance status the issuer-QA check was made against, kept with the check so the officer
/// sees the agency, scope, result and validity the verdict rests on, not only a sentence about them.
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.QualityAssuranceBasis")]
public sealed record QualityAssuranceBasis(
    [property: Id(0)] string Agency,
    [property: Id(1)] bool AgencyEqarRegistered,
    [property: Id(2)] QualityAssuranceScope Scope,
    [property: Id(3)] QualityAssuranceOutcome Outcome,
    [property: Id(4)] DateTimeOffset? ValidFrom,
    [property: Id(5)] DateTimeOffset? ValidUntil);

/// <summary>The plain English words for a quality assurance scope and result, shared by the check's detail text and
/// the console's labels (which translate them).</summary>
public static class QualityAssuranceWords
{
    public static string Of(QualityAssuranceScope scope) => scope switch
    {
        QualityAssuranceScope.Internal => "internal quality assurance",
        QualityAssuranceScope.Institutional => "institutional accreditation",
        QualityAssuranceScope.Programme => "programme accreditation",
        QualityAssuranceScope.NationalRegister => "inclusion in a national register",
        QualityAssuranceScope.ProfessionalBody => "professional body certification",
        _ => "scope not stated",
    };

    public static string Of(QualityAssuranceOutcome outcome) => outcome switch
    {
        QualityAssuranceOutcome.Positive => "positive",
        QualityAssuranceOutcome.Conditional => "positive with conditions",
        QualityAssuranceOutcome.Negative => "negative",
        QualityAssuranceOutcome.Pending => "pending",
        _ => "not stated",
    };
}
