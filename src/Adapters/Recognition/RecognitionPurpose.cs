namespace Exchange.Adapters.Recognition;

/// <summary>What the recognition is for; a difference is substantial only relative to the purpose [R2][R3].</summary>
public enum RecognitionPurpose
{
    Admission = 1,
    CreditTransfer,
    Employment,
    FurtherStudy,
}
