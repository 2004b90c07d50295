using System.Collections.Frozen;

namespace Exchange.Adapters.Recognition;

/// <summary>
/// A hub's recognition policy as data. Every knob here is described for officers in
/// docs/recognition-rules.md; defaults are conservative (uncertainty goes to an officer).
/// </summary>
public sealed record RecognitionPolicy
{
    /// <summary>The hub (host) country.</summary>
    public required string Country { get; init; }

    /// <summary>A workload shortfall up to this share of the target's workload is not substantial.</summary>
    public decimal WorkloadShortfallTolerance { get; init; } = 0.10m;

    /// <summary>A workload shortfall up to this many ECTS is not substantial, whatever the share.</summary>
    public decimal WorkloadShortfallToleranceEcts { get; init; }

    /// <summary>Below this share of the target's workload, a shortfall is not offered as partial recognition.</summary>
    public decimal MinimumShareForPartial { get; init; } = 0.5m;

    /// <summary>Share of target outcomes that must be covered for full recognition of outcomes.</summary>
    public decimal OutcomeCoverageForFull { get; init; } = 1.0m;

    /// <summary>Share of target outcomes below which the gap is treated as potentially substantial rather than partial.</summary>
    public decimal OutcomeCoverageForPartial { get; init; } = 0.5m;

    /// <summary>Text-match thresholds for outcomes.</summary>
    public Text.MatchThresholds TextMatch { get; init; } = new();

    /// <summary>EQF levels a credential may sit below the target before it is flagged (0: any lower level is flagged).</summary>
    public int LevelTolerance { get; init; }

    /// <summary>External QA by a non-EQAR national agency counts as quality assured.</summary>
    public bool AcceptNationalQualityAssurance { get; init; } = true;

    /// <summary>
    /// The centre's automatic recognition lists: providers whose credentials are recognised automatically for
    /// quality and outcomes (for KZ, the commission's list of leading organisations, seed 001). Matched on
    /// <c>Organisation.Id</c>; withdrawn lists are skipped. The hub passes the lists current at assessment time.
    /// </summary>
    public IReadOnlyList<AutomaticRecognitionList> AutomaticRecognitionLists { get; init; } = [];

    /// <summary>Months from a complete file to the latest decision date (Revised Recommendation 2010: four) [R5].</summary>
    public int DecisionDeadlineMonths { get; init; } = 4;

    /// <summary>Per-purpose settings; a purpose missing here uses <see cref="PurposeSettings"/> defaults.</summary>
    public FrozenDictionary<RecognitionPurpose, PurposeSettings> Purposes { get; init; } = DefaultPurposes;

    public static FrozenDictionary<RecognitionPurpose, PurposeSettings> DefaultPurposes { get; } =
        new Dictionary<RecognitionPurpose, PurposeSettings>
        {
            [RecognitionPurpose.Admission] = new(),
            [RecognitionPurpose.CreditTransfer] = new(FieldDifferenceMayBeSubstantial: false, CompareAccess: false),
            [RecognitionPurpose.Employment] = new(CompareWorkload: false, CompareAccess: false),
            [RecognitionPurpose.FurtherStudy] = new(),
        }.ToFrozenDictionary();

    public PurposeSettings For(RecognitionPurpose purpose) =>
        Purposes.TryGetValue(purpose, out var settings) ? settings : new PurposeSettings();

    /// <summary>
    /// The list in force that names the provider, as the basis a decision records; null when none does. Lists are
    /// consulted in id order, so the same lists always give the same basis.
    /// </summary>
    public AutomaticRecognitionBasis? AutomaticBasisFor(string? providerId)
    {
        if (providerId is null)
        {
            return null;
        }

        AutomaticRecognitionList? found = null;
        foreach (var list in AutomaticRecognitionLists)
        {
            if (list.Covers(providerId) && (found is null || string.CompareOrdinal(list.Id, found.Id) < 0))
            {
                found = list;
            }
        }

        return found?.BasisFor(providerId);
    }

    public static RecognitionPolicy Defaults(string country) => new() { Country = country };
}
