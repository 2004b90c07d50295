using Exchange.Adapters.Credentials;
using Exchange.Adapters.Tests.Support;
using Exchange.Adapters.Text;

namespace Exchange.Adapters.Tests.Text;

public class OutcomeMatcherSpecs
{
    private static IReadOnlyList<OutcomeCoverage> Match(IReadOnlyList<LearningOutcome> target, params IReadOnlyList<LearningOutcome>[] sources) =>
        OutcomeMatcher.Match(
            new PreparedOutcomes(target, TextNormaliser.Default),
            sources.Select((o, i) => new Credential { Id = "c" + i, LearningOutcomes = o }).ToList(),
            new MatchThresholds());

    private static IReadOnlyList<LearningOutcome> Only(IReadOnlyList<LearningOutcome> outcomes, int language, bool keepUris = false) =>
        [.. outcomes.Select(o => new LearningOutcome([o.Texts[language]], keepUris ? o.SkillUri : null))];

    [Fact]
    public void Ukrainian_texts_cover_Ukrainian_targets_through_inflection()
    {
        var coverage = Match(Only(Outcomes.UkrainianCourse, 0), Only(Outcomes.UkrainianMicro, 0));

        Assert.All(coverage, c => Assert.Equal((CoverageStatus.Covered, "uk"), (c.Status, c.Language)));
    }

    [Fact]
    public void Russian_texts_cover_Russian_targets_through_inflection()
    {
        var coverage = Match(Only(Outcomes.RussianCourse, 0), Only(Outcomes.KazakhMicro, 0));

        Assert.All(coverage, c => Assert.Equal((CoverageStatus.Covered, "ru"), (c.Status, c.Language)));
    }

    [Fact]
    public void Latvian_texts_cover_Latvian_targets_through_inflection()
    {
        var coverage = Match(Only(Outcomes.LatvianCourse, 0), Only(Outcomes.LatvianMicro, 0));

        Assert.All(coverage, c => Assert.Equal((CoverageStatus.Covered, "lv"), (c.Status, c.Language)));
    }

    [Fact]
    public void Kazakh_texts_cover_Kazakh_targets_through_stacked_endings_and_stock_phrases()
    {
        var coverage = Match(Only(Outcomes.KazakhCourse, 0), Only(Outcomes.KazakhLanguageMicro, 0));

        Assert.All(coverage, c => Assert.Equal((CoverageStatus.Covered, "kk", 1.0), (c.Status, c.Language, c.Score)));
    }

    [Fact]
    public void Kazakh_coverage_names_the_shared_stems()
    {
        var coverage = Match(Only(Outcomes.KazakhCourse, 0).Take(1).ToList(), Only(Outcomes.KazakhLanguageMicro, 0)).Single();

        Assert.Equal(0, coverage.SourceOutcome);
        Assert.Equal(["кестелік", "дерек", "тазал", "түрлендір", "python", "тіл", "бағдарлам", "жаз"], coverage.MatchedTerms);
        Assert.Empty(coverage.MissingTerms);
    }

    [Fact]
    public void A_partial_Kazakh_overlap_is_weak_evidence()
    {
        var target = new[] { LearningOutcome.In("kk", "Реляциялық дерекқор схемаларын жобалау") };
        var source = new[] { LearningOutcome.In("kk", "Реляциялық дерекқорларға SQL сұрауларын жазу") };

        var coverage = Match(target, source).Single();

        Assert.Equal((CoverageStatus.WeakEvidence, 0.5), (coverage.Status, coverage.Score));
    }

    [Fact]
    public void Unrelated_Kazakh_outcomes_are_not_covered()
    {
        var target = new[] { LearningOutcome.In("kk", "Реляциялық дерекқор схемаларын жобалау") };
        var source = new[] { LearningOutcome.In("kk", "Халықаралық стандарттар бойынша қаржылық есептілікті дайындау") };

        Assert.Equal(CoverageStatus.NotCovered, Match(target, source).Single().Status);
    }

    [Fact]
    public void Kazakh_and_Russian_are_different_languages_with_nothing_in_common()
    {
        var coverage = Match(Only(Outcomes.KazakhCourse, 0), Only(Outcomes.KazakhMicro, 0));

        Assert.All(coverage, c => Assert.Equal(CoverageStatus.NoCommonLanguage, c.Status));
    }

    [Fact]
    public void A_Kazakh_course_published_in_Russian_too_is_read_in_Russian()
    {
        var coverage = Match(Outcomes.KazakhCourse.Select(o => o with { SkillUri = null }).ToList(), Only(Outcomes.KazakhMicro, 0));

        Assert.All(coverage, c => Assert.Equal((CoverageStatus.Covered, "ru"), (c.Status, c.Language)));
    }

    [Fact]
    public void A_shared_second_language_is_used_when_the_first_differs()
    {
        var coverage = Match(Outcomes.LatvianCourse.Select(o => o with { SkillUri = null }).ToList(), Outcomes.UkrainianMicro);

        Assert.All(coverage, c => Assert.Equal("en", c.Language));
    }

    [Fact]
    public void No_common_language_is_reported_as_such_never_as_not_covered()
    {
        var coverage = Match(Only(Outcomes.LatvianCourse, 0), Only(Outcomes.UkrainianMicro, 0));

        Assert.All(coverage, c => Assert.Equal(CoverageStatus.NoCommonLanguage, c.Status));
    }

    [Fact]
    public void Skill_URIs_match_without_a_common_language()
    {
        var source = Only(Outcomes.UkrainianMicro, 0).Select((o, i) => o with { SkillUri = Outcomes.LatvianCourse[i].SkillUri }).ToList();

        var coverage = Match(Only(Outcomes.LatvianCourse, 0, keepUris: true), source);

        Assert.All(coverage, c => Assert.Equal((CoverageStatus.Covered, MatchMethod.SkillUri), (c.Status, c.Method)));
    }

    [Fact]
    public void Coverage_names_the_source_outcome_and_the_shared_and_missing_terms()
    {
        var target = new[] { LearningOutcome.In("en", "Design relational database schemas and write SQL queries") };
        var source = new[] { LearningOutcome.In("en", "Apply statistics"), LearningOutcome.In("en", "Write SQL queries against relational databases") };

        var coverage = Match(target, source).Single();

        Assert.Equal(1, coverage.SourceOutcome);
        Assert.Equal(["relation", "databas", "writ", "sql", "quer"], coverage.MatchedTerms);
        Assert.Equal(["design", "schema"], coverage.MissingTerms);
        Assert.Equal(5.0 / 7, coverage.Score, 3);
    }

    [Fact]
    public void A_partial_overlap_is_weak_evidence_not_a_match()
    {
        var target = new[] { LearningOutcome.In("en", "Design relational database schemas and normalise tables") };
        var source = new[] { LearningOutcome.In("en", "Query relational databases") };

        Assert.Equal(CoverageStatus.WeakEvidence, Match(target, source).Single().Status);
    }

    [Fact]
    public void Unrelated_outcomes_are_not_covered()
    {
        var target = new[] { LearningOutcome.In("en", "Design relational database schemas") };
        var source = new[] { LearningOutcome.In("en", "Prepare financial statements under IFRS") };

        Assert.Equal(CoverageStatus.NotCovered, Match(target, source).Single().Status);
    }

    [Fact]
    public void Outcomes_of_several_credentials_are_pooled()
    {
        var coverage = Match(Only(Outcomes.LatvianCourse, 1), Only(Outcomes.UkrainianMicro, 1).Take(2).ToList(), Only(Outcomes.KazakhMicro, 1).Skip(2).ToList());

        Assert.All(coverage, c => Assert.Equal(CoverageStatus.Covered, c.Status));
        Assert.Equal([0, 0, 1, 1], coverage.Select(c => c.SourceCredential!.Value));
    }
}
