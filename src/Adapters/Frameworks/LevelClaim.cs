namespace Exchange.Adapters.Frameworks;

/// <summary>
/// A level as printed on a document: framework, the framework's version or generation when the document
/// declares one, and the number. Normalised to EQF by <see cref="LevelMapper"/>.
/// </summary>
/// <param name="FrameworkVersion">
/// Optional declared scheme. Ukraine: "2011", "2017" or "2020"; Latvian PQL: "pre-2022" or "2022".
/// When absent, the document's issue date selects the generation.
/// </param>
public sealed record LevelClaim(QualificationFramework Framework, int Level, string? FrameworkVersion = null)
{
    public static LevelClaim Eqf(int level) => new(QualificationFramework.Eqf, level);
}
