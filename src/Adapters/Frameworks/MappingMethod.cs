namespace Exchange.Adapters.Frameworks;

/// <summary>How a level was placed on the EQF, reported so an officer can judge the mapping.</summary>
public enum MappingMethod
{
    None = 0,

    /// <summary>The framework is referenced to EQF one-to-one.</summary>
    Identity,

    /// <summary>A superseded numbering was translated to the current one by a published table.</summary>
    LegacyGenerationTable,

    /// <summary>Derived from the degree named on the document.</summary>
    DegreeTable,

    /// <summary>Derived from a Kazakh programme code prefix (6B, 7M, 7R, 8D).</summary>
    ProgrammeCode,

    /// <summary>Latvian professional qualification level translated to LQF.</summary>
    ProfessionalLevelTable,

    /// <summary>QF-EHEA cycle bridged to EQF.</summary>
    CycleBridge,
}
