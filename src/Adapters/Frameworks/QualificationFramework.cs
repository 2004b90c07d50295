namespace Exchange.Adapters.Frameworks;

/// <summary>The frameworks a level claim can be expressed in.</summary>
public enum QualificationFramework
{
    Unspecified = 0,

    /// <summary>European Qualifications Framework, levels 1–8 [E1].</summary>
    Eqf,

    /// <summary>QF-EHEA cycles; <see cref="LevelClaim.Level"/> holds 0 = short, 1 = first, 2 = second, 3 = third [E2].</summary>
    QfEhea,

    /// <summary>Ukrainian NQF in any of its three generations (see <see cref="UkraineNqfGeneration"/>).</summary>
    UkraineNqf,

    /// <summary>Kazakh NQF, 8 levels [K11][K12].</summary>
    KazakhstanNqf,

    /// <summary>Latvian Qualifications Framework (LKI), 8 levels equal to EQF [L3][L6].</summary>
    LatviaLqf,

    /// <summary>Latvian professional qualification level (PQL), re-numbered on 1 Aug 2022 [L4][L5].</summary>
    LatviaProfessionalLevel,
}
