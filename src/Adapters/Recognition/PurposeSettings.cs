namespace Exchange.Adapters.Recognition;

/// <summary>
/// Which criteria weigh for a purpose and whether part-recognition with compensatory measures is
/// offered. Employment, for instance, does not weigh study workload; access rights weigh only where the
/// credential is to open further study (admission, further study) [R1] LRC Art. IV.1.
/// </summary>
public sealed record PurposeSettings(
    bool CompareWorkload = true,
    bool CompareOutcomes = true,
    bool CompareProfile = true,
    bool FieldDifferenceMayBeSubstantial = true,
    bool PartialRecognitionOffered = true,
    bool CompareAccess = true);
