using System.Collections.Frozen;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Grades;
using Exchange.Adapters.Text;
using Exchange.Adapters.Validation;

namespace Exchange.Adapters;

/// <summary>
/// All tables the rules read, in one immutable bundle. A hub starts from <see cref="Default"/> and
/// overrides what it has verified (e.g. <c>Default with { Frameworks = Default.Frameworks with { … } }</c>).
/// </summary>
public sealed record ReferenceData
{
    public FrameworkTables Frameworks { get; init; } = FrameworkTables.Default;

    public CreditTables Credits { get; init; } = CreditTables.Default;

    public FrozenDictionary<string, GradeScale> GradeScales { get; init; } = Grades.GradeScales.CreateCatalog();

    /// <summary>Issuing-country rules by ISO code; countries not listed get the EU elements only.</summary>
    public FrozenDictionary<string, IssuingCountryRules> IssuingCountries { get; init; } =
        new[] { IssuingCountryRules.Ukraine, IssuingCountryRules.Latvia, IssuingCountryRules.Kazakhstan }
            .ToFrozenDictionary(r => r.Country, StringComparer.OrdinalIgnoreCase);

    public TextNormaliser Text { get; init; } = TextNormaliser.Default;

    /// <summary>National access data: what a degree opens at home when the document does not say.</summary>
    public AccessData.AccessTables Access { get; init; } = Adapters.AccessData.AccessTables.Default;

    public static ReferenceData Default { get; } = new();

    public IssuingCountryRules RulesFor(string? country) =>
        country is not null && IssuingCountries.TryGetValue(country, out var rules) ? rules : IssuingCountryRules.EuOnly(country ?? "");
}
