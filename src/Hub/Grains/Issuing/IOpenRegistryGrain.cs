namespace Exchange.Hub.Grains.Issuing;

/// <summary>
/// The open registry of one institution's credentials (key: institution id): no personal data. Its lines are rows of
/// the hub's open-registry index (<see cref="IOpenRegistryIndex"/>), which searches across institutions read directly
/// (<see cref="IOpenRegistrySearchGrain"/>).
/// </summary>
[Alias("exchange.IOpenRegistryGrain")]
public interface IOpenRegistryGrain : IGrainWithStringKey
{
    [Alias("Upsert")]
    Task UpsertAsync(OpenRegistryItem item);

    /// <summary>Every entry, newest first.</summary>
    [Alias("List")]
    Task<IReadOnlyList<OpenRegistryItem>> ListAsync(CancellationToken cancellationToken = default);
}
