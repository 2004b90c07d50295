namespace Exchange.Adapters.Recognition;

/// <summary>
/// The five elements that make up a qualification in recognition practice [R2], and access: what the
/// qualification opens in its own country, weighed for admission and further study (LRC Art. IV.1) [R1].
/// </summary>
public enum Criterion
{
    Level = 1,
    Workload,
    Quality,
    Profile,
    LearningOutcomes,
    Access,
}
