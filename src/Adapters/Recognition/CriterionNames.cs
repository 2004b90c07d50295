namespace Exchange.Adapters.Recognition;

/// <summary>A criterion's message key ("criterion.learning_outcomes") and English name, for texts that list criteria.</summary>
public static class CriterionNames
{
    public static string Key(Criterion criterion) => criterion switch
    {
        Criterion.Level => "criterion.level",
        Criterion.Workload => "criterion.workload",
        Criterion.Quality => "criterion.quality",
        Criterion.Profile => "criterion.profile",
        Criterion.LearningOutcomes => "criterion.learning_outcomes",
        Criterion.Access => "criterion.access",
        _ => "criterion.unknown",
    };

    public static string English(Criterion criterion) => criterion switch
    {
        Criterion.Level => "level",
        Criterion.Workload => "workload",
        Criterion.Quality => "quality assurance",
        Criterion.Profile => "profile",
        Criterion.LearningOutcomes => "learning outcomes",
        Criterion.Access => "access rights",
        _ => "unknown criterion",
    };
}
