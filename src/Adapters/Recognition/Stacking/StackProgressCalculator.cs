using System.Globalization;
using Exchange.Adapters.AccessData;
using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Text;

namespace Exchange.Adapters.Recognition.Stacking;

/// <summary>
/// Progress of a stack of micro-credentials towards a qualification, by the stacking rules the assessment uses
/// ([M1] stackability; docs/recognition-rules.md "Several micro-credentials together"): workloads are summed
/// (each credential once, ranges kept), outcomes pooled and matched with the criteria's thresholds, and the lowest
/// level counts. Pure: the date is an input.
/// </summary>
public sealed class StackProgressCalculator
{
    private readonly LevelMapper _levels;
    private readonly CreditConverter _credits;
    private readonly TextNormaliser _text;
    private readonly NationalAccess _access;

    // Access rights do not count towards a stack; the evidence reads them as the criteria do.
    public StackProgressCalculator(LevelMapper levels, CreditConverter credits, TextNormaliser text, NationalAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        _access = access;
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(credits);
        ArgumentNullException.ThrowIfNull(text);
        _levels = levels;
        _credits = credits;
        _text = text;
    }

    /// <summary>The credentials whose stackability names <paramref name="qualificationId"/> exactly (ordinal).</summary>
    public static IReadOnlyList<Credential> Naming(string qualificationId, IEnumerable<Credential> credentials) =>
        [.. credentials.Where(c => c.StacksTowards.Contains(qualificationId, StringComparer.Ordinal))];

    /// <summary>Every qualification the credentials name, each once, in the order first named.</summary>
    public static IReadOnlyList<string> NamedQualifications(IEnumerable<Credential> credentials) =>
        [.. credentials.SelectMany(c => c.StacksTowards).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal)];

    /// <summary>Measures <paramref name="credentials"/> (each counted once, by id) against the qualification.</summary>
    /// <param name="qualificationId">The programme id, or the name the credentials use when no programme has it.</param>
    /// <param name="requirements">The registry's requirements; null when unknown (no such programme, its hub away).</param>
    /// <param name="credentials">The credentials that count towards it.</param>
    /// <param name="asOf">Date the qualification's own credits are read on.</param>
    /// <param name="thresholds">The outcome thresholds of the hub's policy, as the criteria use them.</param>
    public StackProgress Calculate(string qualificationId, QualificationRequirements? requirements, IReadOnlyList<Credential> credentials, DateOnly asOf, MatchThresholds thresholds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(qualificationId);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(thresholds);

        var counted = credentials.DistinctBy(c => c.Id, StringComparer.Ordinal).ToList();
        var ids = counted.Select(c => c.Id).ToList();
        if (requirements is null)
        {
            return new StackProgress
            {
                QualificationId = qualificationId,
                RequirementsKnown = false,
                CredentialIds = ids,
                Summary = Message("stack.requirements_unknown",
                    $"{counted.Count} credential(s) name {qualificationId}; its requirements are not known here, so the progress cannot be measured.",
                    ("credentials", counted.Count), ("qualification", qualificationId)),
            };
        }

        var evidence = new Evidence(counted, _levels, _credits, _access);
        var details = new List<StackMessage>();

        // Workload: the credentials' ECTS summed, then read in the qualification's unit.
        var ects = DecimalRange.Zero;
        var uncounted = new List<string>();
        for (var i = 0; i < counted.Count; i++)
        {
            if (evidence.Credits[i] is { IsConverted: true } conversion)
            {
                ects = ects.Add(conversion.Converted);
            }
            else
            {
                uncounted.Add(counted[i].Id);
            }
        }

        var unit = requirements.Workload?.Unit ?? CreditUnit.Ects;
        var earned = Earned(ects, requirements.Workload, asOf);
        decimal? required = requirements.Workload?.Amount;
        DecimalRange? missing = earned is { } e && required is { } r
            ? new DecimalRange(Math.Max(0, r - e.Max), Math.Max(0, r - e.Min))
            : null;
        if (uncounted.Count > 0)
        {
            details.Add(Message("stack.workload_uncounted", $"Not counted, their workload is missing or cannot be converted: {string.Join(", ", uncounted)}.",
                ("credentialIds", string.Join(", ", uncounted))));
        }

        // Outcomes: pooled across the stack, matched as the outcome criterion matches them.
        var (covered, notCovered, uncertain) = Outcomes(requirements, counted, thresholds);
        if (notCovered.Count > 0)
        {
            details.Add(Message("stack.outcomes_missing", $"Learning outcomes still missing: {string.Join(", ", notCovered)}.",
                ("outcomeIds", string.Join(", ", notCovered))));
        }

        if (uncertain.Count > 0)
        {
            details.Add(Message("stack.outcomes_uncertain", $"Learning outcomes an officer has to compare by reading: {string.Join(", ", uncertain)}.",
                ("outcomeIds", string.Join(", ", uncertain))));
        }

        // Level: the lowest in the stack against the qualification's.
        int? requiredLevel = requirements.Level is { } claim ? _levels.ToEqf(claim, asOf).Eqf?.Min : null;
        var lowest = evidence.LowestLevel;
        var levelShort = requiredLevel is { } need && lowest is { } low && low.Min < need;
        var levelUnknown = requiredLevel is not null && lowest is null;
        if (levelShort)
        {
            details.Add(Message("stack.level_below", $"The lowest level in the stack, EQF {lowest}, is below the qualification's EQF {requiredLevel}.",
                ("lowest", lowest), ("required", requiredLevel)));
        }
        else if (levelUnknown)
        {
            details.Add(Message("stack.level_unknown", $"The level of at least one credential is not known; the qualification is at EQF {requiredLevel}.",
                ("required", requiredLevel)));
        }

        var workloadMet = required is null || (uncounted.Count == 0 && earned is { } got && got.Min >= required);
        var complete = workloadMet && notCovered.Count == 0 && uncertain.Count == 0 && !levelShort && !levelUnknown;
        var gaps = notCovered.Count + uncertain.Count;
        var outcomeCount = requirements.Outcomes.Count;
        var summary = (required, earned, complete) switch
        {
            (null, _, _) => Message("stack.no_workload_stated",
                $"{requirements.Id} states no workload; {gaps} of {outcomeCount} learning outcome(s) not yet covered.",
                ("qualification", requirements.Id), ("missingOutcomes", gaps), ("outcomes", outcomeCount)),
            (_, null, _) => Message("stack.workload_unknown",
                $"The earned workload cannot be expressed in the credits of {requirements.Id}; {gaps} of {outcomeCount} learning outcome(s) not yet covered.",
                ("qualification", requirements.Id), ("missingOutcomes", gaps), ("outcomes", outcomeCount)),
            (_, _, true) => Message("stack.complete",
                $"{earned} of {required:0.##} {UnitCode(unit)} towards {requirements.Id}; every stated requirement is met.",
                ("earned", earned), ("required", required), ("unit", UnitCode(unit)), ("qualification", requirements.Id)),
            _ => Message("stack.progress",
                $"{earned} of {required:0.##} {UnitCode(unit)} towards {requirements.Id}; missing: {missing} {UnitCode(unit)} and {gaps} of {outcomeCount} learning outcome(s).",
                ("earned", earned), ("required", required), ("unit", UnitCode(unit)), ("qualification", requirements.Id),
                ("missing", missing), ("missingOutcomes", gaps), ("outcomes", outcomeCount)),
        };

        return new StackProgress
        {
            QualificationId = qualificationId,
            QualificationTitle = requirements.Title,
            RequirementsKnown = true,
            CredentialIds = ids,
            Unit = unit,
            Earned = earned,
            UncountedCredentialIds = uncounted,
            Required = required,
            Missing = missing,
            CoveredOutcomeIds = covered,
            MissingOutcomeIds = notCovered,
            UncertainOutcomeIds = uncertain,
            RequiredEqfLevel = requiredLevel,
            LowestEqfLevel = lowest,
            LevelShortfall = levelShort,
            Complete = complete,
            Summary = summary,
            Details = details,
        };
    }

    /// <summary>The unit as messages name it: a code every language keeps.</summary>
    public static string UnitCode(CreditUnit unit) => unit switch
    {
        CreditUnit.Ects or CreditUnit.UkrainianEcts => "ECTS",
        CreditUnit.KazakhAcademicCredit => "KZ-AC",
        CreditUnit.KazakhLegacyCredit => "KZ-LEGACY",
        CreditUnit.LatvianCreditPoint => "KP",
        CreditUnit.ClockHours => "h",
        CreditUnit.KazakhAcademicHours => "KZ-AH",
        _ => "",
    };

    // ECTS read in the qualification's unit by the same tables as the workload criterion; null when the unit
    // cannot be derived from ECTS (then nothing is guessed).
    private DecimalRange? Earned(DecimalRange ects, Workload? qualification, DateOnly asOf)
    {
        if (qualification is null || qualification.Unit == CreditUnit.Ects)
        {
            return ects;
        }

        var inEcts = new CreditConversion(Workload.Ects(ects.Min), CreditUnit.Ects, ects, DecimalRange.Point(1m), ConversionMethod.OneToOne,
            new Provenance("[E4]", "ECTS credit."), "");
        var host = _credits.ToHost(inEcts, qualification.Unit, asOf, qualification.UnitVersion);
        return host.IsConverted ? host.Converted.Round(2) : null;
    }

    private (List<string> Covered, List<string> Missing, List<string> Uncertain) Outcomes(QualificationRequirements requirements, IReadOnlyList<Credential> credentials, MatchThresholds thresholds)
    {
        var covered = new List<string>();
        var missing = new List<string>();
        var uncertain = new List<string>();
        if (requirements.Outcomes.Count == 0)
        {
            return (covered, missing, uncertain);
        }

        var prepared = new PreparedOutcomes([.. requirements.Outcomes.Select(o => o.Outcome)], _text);
        foreach (var match in OutcomeMatcher.Match(prepared, credentials, thresholds))
        {
            var id = requirements.Outcomes[match.TargetIndex].Id;
            (match.Status switch
            {
                CoverageStatus.Covered => covered,
                CoverageStatus.NotCovered => missing,
                _ => uncertain,
            }).Add(id);
        }

        return (covered, missing, uncertain);
    }

    private static StackMessage Message(string key, FormattableString english, params (string Name, object? Value)[] arguments) =>
        new(key, english.ToString(CultureInfo.InvariantCulture), [.. arguments.Select(a => Criteria.Assessments.Arg(a.Name, a.Value))]);
}
