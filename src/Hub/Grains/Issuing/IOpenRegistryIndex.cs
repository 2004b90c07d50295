namespace Exchange.Hub.Grains.Issuing;

/// <summary>What a search of the open registry asks: every criterion set narrows it; unset (null or empty) ones do not.
/// Issue instants are from inclusive, to exclusive; the title fragment matches any language, ignoring case.</summary>
[GenerateSerializer, Immutable, Alias("exchange.OpenRegistryFilter")]
public sealed record OpenRegistryFilter(
    [property: Id(0)] string? InstitutionId = null,
    [property: Id(1)] string? ProgrammeId = null,
    [property: Id(2)] string? RegistryNumber = null,
    [property: Id(3)] DateTimeOffset? IssuedFrom = null,
    [property: Id(4)] DateTimeOffset? IssuedTo = null,
    [property: Id(5)] string? TitleContains = null);

/// <summary>The hub's open registry, one stored row per credential in the hub database (implemented under
/// Persistence/Indexes): a line is stored in one statement, and a search is one query, however many lines there are.</summary>
public interface IOpenRegistryIndex
{
    /// <summary>Adds the line of its credential, or replaces the one held.</summary>
    Task UpsertAsync(OpenRegistryItem item);

    /// <summary>The lines matching <paramref name="filter"/>, newest issue first, then by registry number (code points).</summary>
    Task<IReadOnlyList<OpenRegistryItem>> SearchAsync(OpenRegistryFilter filter);
}
