using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Grades;

namespace Exchange.Adapters.Validation;

/// <summary>
/// Checks a credential against the EU Annex I elements (for micro-credentials) and the issuing
/// country's own rules, and checks that present values are usable.
/// </summary>
public sealed class CredentialValidator
{
    private readonly LevelMapper _levels;
    private readonly IReadOnlyDictionary<string, GradeScale> _scales;
    private readonly Credits.CreditTables _credits;

    public CredentialValidator(LevelMapper levels, IReadOnlyDictionary<string, GradeScale> scales, Credits.CreditTables? credits = null)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(scales);
        _levels = levels;
        _scales = scales;
        _credits = credits ?? Credits.CreditTables.Default;
    }

    /// <summary>
    /// Lists every missing or invalid element by its stable name (<see cref="ElementNames"/>) with an
    /// English message. Never throws on incomplete data: an incomplete file is reported, not discarded.
    /// </summary>
    /// <param name="credential">The credential as received.</param>
    /// <param name="issuingCountryRules">The issuing country's required elements (e.g. <see cref="IssuingCountryRules.Ukraine"/>).</param>
    public ValidationResult Validate(Credential credential, IssuingCountryRules issuingCountryRules)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(issuingCountryRules);
        var issues = new List<ValidationIssue>();

        var baseline = credential.Kind == CredentialKind.MicroCredential ? ElementChecks.EuMandatory : ElementChecks.DegreeBaseline;
        foreach (var element in baseline)
        {
            Add(issues, ElementChecks.Check(element, credential, ElementChecks.EuSource));
        }

        if (issuingCountryRules.AppliesTo.Contains(credential.Kind))
        {
            foreach (var element in issuingCountryRules.RequiredElements)
            {
                Add(issues, ElementChecks.Check(element, credential, issuingCountryRules.Source));
            }
        }

        CheckValues(credential, issues);
        return new ValidationResult(credential.Id, issues);
    }

    private void CheckValues(Credential credential, List<ValidationIssue> issues)
    {
        const string Values = "value check";
        if (credential.Workload is { } workload && (workload.Amount <= 0 || workload.Unit == Credits.CreditUnit.Unspecified))
        {
            Add(issues, new ValidationIssue(ElementNames.Workload, IssueKind.Invalid, Message.Of("validation.workload_invalid", "The workload must be a positive amount in a named unit."), Values));
        }

        if (credential.Workload is { AmountUpper: { } upper } stated && upper < stated.Amount)
        {
            Add(issues, new ValidationIssue(ElementNames.WorkloadUpper, IssueKind.Invalid, Message.Of("validation.workload_upper_invalid", "The upper bound of the workload range is below its amount."), Values));
        }

        CheckParts(credential.WorkloadComponents, issues);

        if (credential.Level is { } level && _levels.ToEqf(level, credential.IssueDate) is { IsMapped: false } unmapped)
        {
            Add(issues, new ValidationIssue(ElementNames.Level, IssueKind.Invalid, unmapped.Why ?? throw new InvalidOperationException("An unplaced level always says why."), Values));
        }

        if (credential.Grade is { } grade && (!_scales.TryGetValue(grade.ScaleId, out var scale)
            || !(grade.IssuerBands is { Count: > 0 } bands ? scale.WithBands(bands) : scale).TryRead(grade.Value, out _)))
        {
            Add(issues, new ValidationIssue(ElementNames.Grade, IssueKind.Invalid, Message.Of("validation.grade_invalid", "The grade is not a value of its stated scale."), Values));
        }

        foreach (var outcome in credential.LearningOutcomes)
        {
            var hasText = false;
            foreach (var text in outcome.Texts)
            {
                hasText |= !string.IsNullOrWhiteSpace(text.Text) && !string.IsNullOrWhiteSpace(text.Language);
            }

            if (!hasText && (outcome.SkillUri is null || !outcome.SkillUri.IsAbsoluteUri))
            {
                Add(issues, new ValidationIssue(ElementNames.LearningOutcomes, IssueKind.Invalid, Message.Of("validation.outcome_invalid", "Each learning outcome needs a language-tagged text or an absolute skill URI."), Values));
                break;
            }
        }
    }

    // Each part of a workload stated by part must name a component the credit tables know when its unit needs one
    // (legacy Kazakh credits [K6][K7]); a part with an unknown component cannot be converted, so it is invalid, not guessed.
    private void CheckParts(IReadOnlyList<Credits.Workload> parts, List<ValidationIssue> issues)
    {
        const string Tables = "[K6][K7] credit tables";
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Unit == Credits.CreditUnit.KazakhLegacyCredit
                && (part.UnitVersion is not { } component || !_credits.KazakhLegacyFactors.ContainsKey(component)))
            {
                var components = string.Join(", ", _credits.KazakhLegacyFactors.Keys.Order(StringComparer.Ordinal));
                Add(issues, new ValidationIssue(ElementNames.WorkloadComponent(i), IssueKind.Invalid, Message.Of("validation.kz_part_component_unknown",
                    "A legacy Kazakh credit part must name one of the components " + components + ".", MessageArgument.Of("components", components)), Tables));
            }

            if (part.AmountUpper is { } upper && upper < part.Amount)
            {
                Add(issues, new ValidationIssue(ElementNames.WorkloadComponentUpper(i), IssueKind.Invalid, Message.Of("validation.workload_part_upper_invalid", "The upper bound of the part's workload range is below its amount."), "value check"));
            }
        }
    }

    // One issue per element; a linear scan is cheaper than a set for the handful of issues a file has.
    private static void Add(List<ValidationIssue> issues, ValidationIssue? issue)
    {
        if (issue is null)
        {
            return;
        }

        foreach (var existing in issues)
        {
            if (string.Equals(existing.Element, issue.Element, StringComparison.Ordinal))
            {
                return;
            }
        }

        issues.Add(issue);
    }
}
