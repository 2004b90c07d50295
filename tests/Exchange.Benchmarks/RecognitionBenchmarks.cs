using BenchmarkDotNet.Attributes;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Text;

namespace Exchange.Benchmarks;

/// <summary>
/// One assessment of a typical micro-credential against a course, with the outcome comparison split
/// out: full texts, skill URIs only, no outcomes at all, and the text matcher alone.
/// </summary>
public class RecognitionBenchmarks
{
    private readonly RecognitionRules _rules = RecognitionRules.Default;
    private readonly RecognitionPolicy _policy = RecognitionPolicy.Defaults("LV");
    private Credential _micro = null!;
    private Credential _microSkillsOnly = null!;
    private Credential[] _microList = null!;
    private Credential[] _stack = null!;
    private PreparedTarget _course = null!;
    private PreparedTarget _courseSkillsOnly = null!;
    private PreparedTarget _courseWithoutOutcomes = null!;
    private RecognitionTarget _courseSpec = null!;

    [GlobalSetup]
    public void Setup()
    {
        _micro = BenchmarkData.Micro();
        _microList = [_micro];
        _microSkillsOnly = BenchmarkData.Micro(texts: false, skills: true);
        _stack =
        [
            BenchmarkData.Micro(ects: 2, outcomes: [0]) with { Id = "a" },
            BenchmarkData.Micro(ects: 2, outcomes: [1, 2]) with { Id = "b" },
            BenchmarkData.Micro(ects: 2, outcomes: [3]) with { Id = "c" },
        ];
        _courseSpec = BenchmarkData.Course();
        _course = _rules.Prepare(_courseSpec);
        _courseSkillsOnly = _rules.Prepare(BenchmarkData.Course(texts: false, skills: true));
        _courseWithoutOutcomes = _rules.Prepare(BenchmarkData.Course(outcomes: false));
    }

    [Benchmark(Baseline = true, Description = "Assess micro vs course (outcome texts uk+en / lv+en)")]
    public RecognitionAssessment AssessWithTexts() =>
        _rules.Assess(_microList, _course, RecognitionPurpose.CreditTransfer, _policy, BenchmarkData.AssessmentDate);

    [Benchmark(Description = "Assess micro vs course (skill URIs only)")]
    public RecognitionAssessment AssessWithSkillUrisOnly() =>
        _rules.Assess(_microSkillsOnly, _courseSkillsOnly, RecognitionPurpose.CreditTransfer, _policy, BenchmarkData.AssessmentDate);

    [Benchmark(Description = "Assess micro vs course (no target outcomes)")]
    public RecognitionAssessment AssessWithoutOutcomes() =>
        _rules.Assess(_micro, _courseWithoutOutcomes, RecognitionPurpose.CreditTransfer, _policy, BenchmarkData.AssessmentDate);

    [Benchmark(Description = "Assess stack of 3 micros vs course (texts)")]
    public RecognitionAssessment AssessStack() =>
        _rules.Assess(_stack, _course, RecognitionPurpose.CreditTransfer, _policy, BenchmarkData.AssessmentDate);

    [Benchmark(Description = "Outcome text matching alone")]
    public IReadOnlyList<OutcomeCoverage> MatchOutcomeTexts() =>
        OutcomeMatcher.Match(_course.Outcomes, _microList, _policy.TextMatch);

    [Benchmark(Description = "Validate credential alone")]
    public Exchange.Adapters.Validation.ValidationResult Validate() => _rules.Validate(_micro);

    [Benchmark(Description = "Prepare target (once per target, not per assessment)")]
    public PreparedTarget PrepareTarget() => _rules.Prepare(_courseSpec);
}
