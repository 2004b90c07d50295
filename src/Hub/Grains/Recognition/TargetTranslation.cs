using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Recognition;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// Turns the requester's target (host level and host credits) into the Adapters' target (EQF level and ECTS),
/// using the Adapters' own level and credit tables so the hub never keeps a second copy of them.
/// </summary>
public static class TargetTranslation
{
    public static RecognitionTarget ToRules(CaseTarget target, string hostCountry, RecognitionRules rules, DateOnly asOf)
    {
        int? eqf = null;
        if (target.Level is { } level && target.LevelFramework != QualificationFramework.Unspecified)
        {
            eqf = rules.Levels.ToEqf(new LevelClaim(target.LevelFramework, level), asOf).Eqf?.Min;
        }

        // A range (stated, or from a factor range such as clock hours) is kept whole: the rules decide only what holds
        // at both ends of it.
        decimal? ects = null;
        decimal? ectsUpper = null;
        if (target.WorkloadAmount is { } amount && target.WorkloadUnit != CreditUnit.Unspecified)
        {
            var converted = rules.Credits.ToEcts(Requirement(target, amount), asOf).Converted;
            ects = converted.Min;
            ectsUpper = converted.IsPoint ? null : converted.Max;
        }

        return new RecognitionTarget
        {
            Id = string.IsNullOrEmpty(target.Id) ? "target" : target.Id,
            Country = hostCountry,
            Title = target.Title,
            Kind = target.Kind,
            RequiredEqfLevel = eqf,
            ProgrammeEqfLevel = target.ProgrammeEqfLevel,
            RequiredEcts = ects,
            RequiredEctsUpper = ectsUpper,
            RequiresExternalQualityAssurance = target.RequiresExternalQualityAssurance,
            RequireEqarAgency = target.RequireEqarAgency,
            RequireListedProgramme = target.RequireListedProgramme,
            AcceptedAgencyIds = target.AcceptedAgencyIds ?? [],
            Orientation = target.Orientation,
            FieldCode = target.FieldCode,
            Outcomes = [.. target.Outcomes.Select(o => LearningOutcome.In(o.Language, o.Text))],
            HostCreditUnit = HostUnit(hostCountry),
            HostFramework = HostFramework(hostCountry),
            HostGradeScaleId = HostGradeScale(target, hostCountry),
            HostGradeDistribution = target.HostGradeDistribution is { } table && HostGradeScale(target, hostCountry) is { } scale
                ? new Exchange.Adapters.Grades.GradeDistributionTable(scale, table.ReferenceGroup, [.. table.BestFirst.Select(s => new Exchange.Adapters.Grades.GradeShare(s.Label, s.Percent))])
                : null,
        };
    }

    /// <summary>The scale grades are converted to: the minimum grade's scale when the request names one, else — when the
    /// request gives a grade distribution table — the host country's own scale.</summary>
    public static string? HostGradeScale(CaseTarget target, string hostCountry) =>
        target.HostGradeScaleId ?? (target.HostGradeDistribution is null ? null : hostCountry switch
        {
            "UA" => Exchange.Adapters.Grades.GradeScales.Ukrainian100,
            "KZ" => Exchange.Adapters.Grades.GradeScales.KazakhLetter,
            "LV" => Exchange.Adapters.Grades.GradeScales.Latvian10,
            _ => Exchange.Adapters.Grades.GradeScales.EctsLetters,
        });

    /// <summary>The requirement's level on the EQF and workload in ECTS, by the same tables <see cref="ToRules"/> uses,
    /// with their sources: what the console shows beside the foreign credential.</summary>
    public static CaseTargetEvidence Evidence(CaseTarget target, RecognitionRules rules, DateOnly asOf) => new(
        target.Level is { } level && target.LevelFramework != QualificationFramework.Unspecified
            ? CaseLevelMapping.From(rules.Levels.ToEqf(new LevelClaim(target.LevelFramework, level), asOf))
            : null,
        target.WorkloadAmount is { } amount && target.WorkloadUnit != CreditUnit.Unspecified
            ? CaseCreditConversion.From(rules.Credits.ToEcts(Requirement(target, amount), asOf))
            : null);

    private static Workload Requirement(CaseTarget target, decimal amount) =>
        new(amount, target.WorkloadUnit) { AmountUpper = target.WorkloadUpper };

    public static QualificationFramework HostFramework(string country) => country switch
    {
        "UA" => QualificationFramework.UkraineNqf,
        "KZ" => QualificationFramework.KazakhstanNqf,
        "LV" => QualificationFramework.LatviaLqf,
        _ => QualificationFramework.Eqf,
    };

    public static CreditUnit HostUnit(string country) => country switch
    {
        "UA" => CreditUnit.UkrainianEcts,
        "KZ" => CreditUnit.KazakhAcademicCredit,
        "LV" => CreditUnit.LatvianCreditPoint,
        _ => CreditUnit.Ects,
    };
}
