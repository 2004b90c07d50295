namespace Exchange.Adapters.Credits;

/// <summary>Units a workload can be stated in (reference §2).</summary>
public enum CreditUnit
{
    Unspecified = 0,

    /// <summary>ECTS credit, 25–30 h of student work [E4].</summary>
    Ects,

    /// <summary>Ukrainian ECTS credit, 30 h by the 2014 Law on Higher Education [U12][U13].</summary>
    UkrainianEcts,

    /// <summary>Kazakh academic credit, ≥ 30 academic hours of 50 min, from Order 563 of 12.10.2018 [K4][K5].</summary>
    KazakhAcademicCredit,

    /// <summary>Kazakh credit before the 2018 rules: one contact hour a week over a semester [K6][K7].</summary>
    KazakhLegacyCredit,

    /// <summary>Latvian credit point (kredītpunkts); 1.5 ECTS before 11 Oct 2022, 1 ECTS since [L1][L2].</summary>
    LatvianCreditPoint,

    /// <summary>Clock hours of total student workload.</summary>
    ClockHours,

    /// <summary>Kazakh academic hours of 50 minutes; 30 make one academic credit [K1][K10].</summary>
    KazakhAcademicHours,
}
