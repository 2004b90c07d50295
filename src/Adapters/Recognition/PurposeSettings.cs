namespace Exchange.Adapters.Recognition;

/// <summary>
/// Which criteria weigh for a purpose and whether part-recognition with compensatory measures is
/// offered. Employment, for instance, does not weigh study workload.
/// </summary>
public sealed record PurposeSettings(
    bool CompareWorkload = true,
    bool CompareOutcomes = true,
    bool CompareProfile = true,
    bool FieldDifferenceMayBeSubstantial = true,
    bool PartialRecognitionOffered = true);
