namespace Exchange.Adapters.Recognition;

/// <summary>The five elements that make up a qualification in recognition practice [R2].</summary>
public enum Criterion
{
    Level = 1,
    Workload,
    Quality,
    Profile,
    LearningOutcomes,
}
