namespace Exchange.Adapters.Validation;

/// <summary>
/// Which elements the issuing country requires on a micro-credential certificate, as data a hub can
/// load and amend. The EU Annex I elements apply to every micro-credential on top of these. The seeds
/// state these rules for micro-credentials only; degrees are checked against a common baseline.
/// </summary>
/// <param name="Country">ISO code of the issuing country.</param>
/// <param name="RequiredElements">Element names from <see cref="ElementNames"/>.</param>
/// <param name="Source">Where the national rule comes from, for the officer.</param>
public sealed record IssuingCountryRules(string Country, IReadOnlyList<string> RequiredElements, string Source)
{
    /// <summary>Kinds of credential the national rules apply to.</summary>
    public IReadOnlyList<Credentials.CredentialKind> AppliesTo { get; init; } = [Credentials.CredentialKind.MicroCredential];

    /// <summary>Ukraine: certificate states content, learning outcomes, NQF level and ECTS (seed 000).</summary>
    public static IssuingCountryRules Ukraine { get; } = new(
        Common.CountryCodes.Ukraine,
        [ElementNames.Content, ElementNames.LearningOutcomes, ElementNames.LevelNqf, ElementNames.WorkloadEcts],
        "seed 000 (UA micro-credential certificate content)");

    /// <summary>
    /// Latvia: title, purpose, outcomes, holder data, issuer legal and contact data, date and place of
    /// issue, authorising body (seed 003).
    /// </summary>
    public static IssuingCountryRules Latvia { get; } = new(
        Common.CountryCodes.Latvia,
        [
            ElementNames.Title, ElementNames.Purpose, ElementNames.LearningOutcomes, ElementNames.Learner, ElementNames.IssuerLegalData,
            ElementNames.IssuerContactData, ElementNames.IssueDate, ElementNames.PlaceOfIssue, ElementNames.AuthorisingBody,
        ],
        "seed 003 (LV micro-certificate content)");

    /// <summary>
    /// Kazakhstan: workload in academic credits or hours, at least one credit, and the register number
    /// for programmes in the micro-credential register (seed 001, [K10]).
    /// </summary>
    public static IssuingCountryRules Kazakhstan { get; } = new(
        Common.CountryCodes.Kazakhstan,
        [ElementNames.WorkloadCreditsOrHours, ElementNames.WorkloadMinimumCredit, ElementNames.RegistryNumber],
        "seed 001 (KZ micro-credential programmes and register)");

    /// <summary>A country with no national rules beyond the EU elements.</summary>
    public static IssuingCountryRules EuOnly(string country) => new(country, [], "EU Council Recommendation 2022/C 243/02 Annex I");

    /// <summary>The built-in rules for a country, or EU-only rules.</summary>
    public static IssuingCountryRules For(string? country) => country switch
    {
        Common.CountryCodes.Ukraine => Ukraine,
        Common.CountryCodes.Latvia => Latvia,
        Common.CountryCodes.Kazakhstan => Kazakhstan,
        _ => EuOnly(country ?? ""),
    };
}
