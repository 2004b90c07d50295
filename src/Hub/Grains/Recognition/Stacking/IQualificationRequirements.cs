namespace Exchange.Hub.Grains.Recognition.Stacking;

/// <summary>
/// Where a case finds the requirements of the qualifications its credentials stack towards (a registry, this hub's
/// or a peer's). Bounded: a registry that cannot answer leaves the requirements unknown, never holds the case up.
/// </summary>
public interface IQualificationRequirements
{
    /// <summary>The requirements of every qualification named, each looked up once; unknown ones map to null.</summary>
    /// <param name="named">Qualification id → the hubs that issued credentials naming it (asked when it is not registered here).</param>
    Task<StackRequirements> FindAsync(IReadOnlyDictionary<string, IReadOnlyCollection<string>> named, CancellationToken cancellationToken);

    /// <summary>One qualification's requirements, or null when no registry asked knows it.</summary>
    Task<KnownQualification?> FindAsync(string programmeId, IReadOnlyCollection<string> issuingHubIds, CancellationToken cancellationToken);
}
