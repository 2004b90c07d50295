namespace Exchange.Adapters.Credits;

/// <summary>How a workload was converted, so the record shows whether a point or a range came out.</summary>
public enum ConversionMethod
{
    None = 0,

    /// <summary>The unit equals ECTS.</summary>
    OneToOne,

    /// <summary>A single published factor.</summary>
    FixedFactor,

    /// <summary>A published factor range; the result is a range.</summary>
    FactorRange,

    /// <summary>Hours divided by hours-per-credit.</summary>
    HoursPerCredit,
}
