namespace Exchange.Adapters.Recognition;

/// <summary>What the rules found on one criterion. There is deliberately no "denied": only an officer denies.</summary>
public enum Finding
{
    /// <summary>Meets or exceeds the target; higher than required is not a difference.</summary>
    NoDifference = 1,

    /// <summary>A difference within the policy's tolerance (not substantial).</summary>
    NotSubstantial,

    /// <summary>A difference that part-recognition plus a compensatory measure can close.</summary>
    Closable,

    /// <summary>A difference that may be substantial for this purpose: an officer decides.</summary>
    PotentiallySubstantial,

    /// <summary>The data cannot settle the criterion: an officer decides.</summary>
    Undetermined,

    /// <summary>The target sets no requirement here, or the purpose does not weigh it.</summary>
    NotConsidered,
}
