using System.Globalization;
using Exchange.Adapters.AccessData;
using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Grades;
using Exchange.Adapters.Recognition.Criteria;
using Exchange.Adapters.Recognition.Stacking;
using Exchange.Adapters.Text;
using Exchange.Adapters.Validation;

namespace Exchange.Adapters.Recognition;

/// <summary>
/// The entry point the hub calls: compares one credential, or a stack of micro-credentials, with a
/// host target for a purpose under the hub's policy, and explains every step. Pure and thread-safe:
/// same inputs, same assessment; the dates are inputs, never read from the clock.
/// </summary>
public sealed class RecognitionRules
{
    private readonly ReferenceData _data;
    private readonly LevelMapper _levels;
    private readonly CreditConverter _credits;
    private readonly GradeConverter _grades;
    private readonly CredentialValidator _validator;
    private readonly NationalAccess _access;
    private readonly StackProgressCalculator _stacks;

    public RecognitionRules(ReferenceData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
        _levels = new LevelMapper(data.Frameworks);
        _credits = new CreditConverter(data.Credits);
        _grades = new GradeConverter(data.GradeScales);
        _validator = new CredentialValidator(_levels, data.GradeScales, data.Credits);
        _access = new NationalAccess(data.Access);
        _stacks = new StackProgressCalculator(_levels, _credits, data.Text, _access);
    }

    /// <summary>Rules over <see cref="ReferenceData.Default"/>.</summary>
    public static RecognitionRules Default { get; } = new(ReferenceData.Default);

    public LevelMapper Levels => _levels;

    public CreditConverter Credits => _credits;

    public GradeConverter Grades => _grades;

    public CredentialValidator Validator => _validator;

    /// <summary>Access rights as the rules read them (stated, or derived for a degree from national data).</summary>
    public NationalAccess Access => _access;
    /// <summary>Progress of stacked credentials towards a qualification, by the same tables and text profiles.</summary>
    public StackProgressCalculator Stacks => _stacks;

    /// <summary>Normalises a target's outcome texts once; reuse the result for every assessment against it.</summary>
    public PreparedTarget Prepare(RecognitionTarget target) => new(target, _data.Text);

    /// <summary>Validates a credential against the EU elements and its issuing country's rules.</summary>
    public ValidationResult Validate(Credential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return _validator.Validate(credential, _data.RulesFor(credential.IssuerCountry));
    }

    /// <summary>Assesses a single credential. See <see cref="Assess(IReadOnlyList{Credential}, PreparedTarget, RecognitionPurpose, RecognitionPolicy, DateOnly, DateOnly?)"/>.</summary>
    public RecognitionAssessment Assess(Credential credential, PreparedTarget target, RecognitionPurpose purpose, RecognitionPolicy policy, DateOnly assessmentDate, DateOnly? fileCompletedOn = null) =>
        Assess([credential], target, purpose, policy, assessmentDate, fileCompletedOn);

    /// <summary>
    /// Assesses one or more credentials (several = stacking: summed workload, pooled outcomes, lowest
    /// level and quality) against a target.
    /// </summary>
    /// <param name="credentials">Verified credentials of one applicant.</param>
    /// <param name="target">The host programme, course or activity, prepared with <see cref="Prepare"/>.</param>
    /// <param name="purpose">What recognition is sought for.</param>
    /// <param name="policy">The hub's policy: tolerances, automatic providers, deadline.</param>
    /// <param name="assessmentDate">The date of the assessment; QA validity and host credit units are judged on it.</param>
    /// <param name="fileCompletedOn">When the file became complete (defaults to <paramref name="assessmentDate"/>); starts the decision clock.</param>
    /// <returns>
    /// An assessment with one <see cref="CriterionAssessment"/> per criterion and an outcome of Full, Partial
    /// or ReferredToOfficer; or, if any credential is incomplete, status AwaitingCompleteFile with the
    /// missing elements and no outcome.
    /// </returns>
    public RecognitionAssessment Assess(IReadOnlyList<Credential> credentials, PreparedTarget target, RecognitionPurpose purpose, RecognitionPolicy policy, DateOnly assessmentDate, DateOnly? fileCompletedOn = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(policy);
        if (credentials.Count == 0)
        {
            throw new ArgumentException("At least one credential is needed.", nameof(credentials));
        }

        var validation = new ValidationResult[credentials.Count];
        var complete = true;
        for (var i = 0; i < credentials.Count; i++)
        {
            validation[i] = Validate(credentials[i]);
            complete &= validation[i].IsComplete;
        }

        if (!complete)
        {
            var missing = validation.SelectMany(v => v.Issues).Select(i => i.Element).Distinct(StringComparer.Ordinal);
            return new RecognitionAssessment
            {
                Status = AssessmentStatus.AwaitingCompleteFile,
                Purpose = purpose,
                AssessmentDate = assessmentDate,
                Validation = validation,
                SummaryMessage = Message.Of("summary.incomplete",
                    "The file is incomplete and has not been assessed; the decision period starts once these are supplied: " + string.Join(", ", missing) + ".",
                    MessageArgument.Of("missing", string.Join(", ", missing))),
            };
        }

        var spec = target.Target;
        var settings = policy.For(purpose);
        var evidence = new Evidence(credentials, _levels, _credits, _access);
        var coverage = spec.Outcomes.Count > 0 && settings.CompareOutcomes
            ? OutcomeMatcher.Match(target.Outcomes, credentials, policy.TextMatch)
            : [];

        CriterionAssessment[] criteria =
        [
            LevelCriterion.Assess(evidence, spec, policy),
            WorkloadCriterion.Assess(evidence, spec, policy, settings),
            QualityCriterion.Assess(evidence, spec, policy, assessmentDate),
            ProfileCriterion.Assess(evidence, spec, settings),
            LearningOutcomesCriterion.Assess(evidence, spec, policy, settings, coverage),
            AccessCriterion.Assess(evidence, spec, settings),
        ];

        var outcome = OutcomeDecision.Decide(criteria, settings);
        var scope = ScopeBuilder.Build(evidence, spec, criteria, coverage);
        return new RecognitionAssessment
        {
            Status = AssessmentStatus.Assessed,
            Outcome = outcome,
            Purpose = purpose,
            AssessmentDate = assessmentDate,
            DecisionDueBy = (fileCompletedOn ?? assessmentDate).AddMonths(policy.DecisionDeadlineMonths),
            Criteria = criteria,
            Scope = scope,
            Validation = validation,
            LevelMappings = evidence.Levels,
            HostLevel = evidence.LowestLevel is { } lowest ? _levels.FromEqf(lowest.Min, spec.HostFramework) : null,
            CreditConversions = HostCredits(evidence, spec, assessmentDate),
            GradeConversions = GradesFor(credentials, spec),
            TargetHostCredits = spec.RequiredRange is { } required ? InHostCredits(required, spec, assessmentDate) : null,
            RecognisedHostCredits = scope.RecognisedEcts is { } recognised ? InHostCredits(recognised, spec, assessmentDate) : null,
            OutcomeCoverage = coverage,
            Access = evidence.Access,
            SummaryMessage = Summarise(outcome, criteria, credentials.Count),
            AutomaticBasis = criteria.Any(c => c.MessageKey is "autolist.quality" or "autolist.outcomes") ? AutomaticBases.ForAll(credentials, policy) : null,
        };
    }

    private CreditConversion[] HostCredits(Evidence evidence, RecognitionTarget target, DateOnly assessmentDate)
    {
        var result = new CreditConversion[evidence.Credits.Length];
        var count = 0;
        foreach (var conversion in evidence.Credits)
        {
            if (conversion is not null)
            {
                result[count++] = target.HostCreditUnit == CreditUnit.Ects ? conversion : _credits.ToHost(conversion, target.HostCreditUnit, assessmentDate);
            }
        }

        return count == result.Length ? result : result[..count];
    }

    // ECTS expressed in the host's unit by the same table the per-credential credits use, so the decision's
    // recognised workload and its credit lines agree.
    private CreditConversion InHostCredits(Common.DecimalRange ects, RecognitionTarget target, DateOnly assessmentDate)
    {
        var inEcts = _credits.ToEcts(new Workload(ects.Min, CreditUnit.Ects) { AmountUpper = ects.IsPoint ? null : ects.Max }, assessmentDate);
        return target.HostCreditUnit == CreditUnit.Ects ? inEcts : _credits.ToHost(inEcts, target.HostCreditUnit, assessmentDate);
    }

    private GradeConversion[] GradesFor(IReadOnlyList<Credential> credentials, RecognitionTarget target)
    {
        if (target.HostGradeScaleId is not { } host)
        {
            return [];
        }

        var result = new List<GradeConversion>();
        foreach (var credential in credentials)
        {
            if (credential.Grade is { } grade)
            {
                result.Add(_grades.Convert(grade, host, grade.Distribution, target.HostGradeDistribution));
            }
        }

        return [.. result];
    }

    // One key per outcome and number of credentials (the verb agrees with the subject in every language); the
    // flagged criteria are a list of keys the catalogue renders ({@flagged}).
    private static Message Summarise(RecognitionOutcome outcome, CriterionAssessment[] criteria, int credentials)
    {
        var subject = credentials == 1 ? "The credential" : string.Create(CultureInfo.InvariantCulture, $"The {credentials} stacked credentials");
        var number = credentials == 1 ? "one" : "stack";
        var count = MessageArgument.Of("credentials", credentials);
        if (outcome == RecognitionOutcome.Full)
        {
            return Message.Of("summary.full_" + number, subject + " can be recognised in full: no substantial difference was found.", count);
        }

        var flaggedCriteria = criteria.Where(c => c.PotentiallySubstantial).Select(c => c.Criterion).ToList();
        var flagged = string.Join(", ", flaggedCriteria.Select(CriterionNames.English));
        var flaggedKeys = MessageArgument.Of("flagged", string.Join(",", flaggedCriteria.Select(CriterionNames.Key)));
        return outcome switch
        {
            RecognitionOutcome.Partial => Message.Of("summary.partial_" + number,
                subject + " can be recognised in part; the gap (" + flagged + ") can be closed by the listed compensatory measures.", count, flaggedKeys),
            _ => Message.Of("summary.referred_" + number,
                subject + (credentials == 1 ? " is" : " are") + " referred to an officer: " + flagged + " may differ substantially or cannot be settled from the data.", count, flaggedKeys),
        };
    }
}
