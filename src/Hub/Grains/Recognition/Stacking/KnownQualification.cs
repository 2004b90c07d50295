using Exchange.Adapters.Recognition.Stacking;

namespace Exchange.Hub.Grains.Recognition.Stacking;

/// <summary>A qualification's requirements as a registry (this hub's or a peer's) states them, with its titles.</summary>
public sealed record KnownQualification(QualificationRequirements Requirements, IReadOnlyList<LocalText> Titles);

/// <summary>
/// The qualifications a case's credentials stack towards, looked up before the case is assessed: the programme id
/// with its requirements, or with null when no registry could say (no such programme, its hub away).
/// </summary>
public sealed record StackRequirements(IReadOnlyDictionary<string, KnownQualification?> Qualifications)
{
    public static StackRequirements None { get; } = new(new Dictionary<string, KnownQualification?>(StringComparer.Ordinal));

    public KnownQualification? For(string qualificationId) => Qualifications.GetValueOrDefault(qualificationId);
}
