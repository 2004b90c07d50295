namespace Exchange.Hub.Grains.Issuing;

/// <summary>Searches the whole open registry (key: <see cref="Registry.RegistryDirectory.Key"/>): one query of the
/// open-registry index, not one call per institution.</summary>
[Alias("exchange.IOpenRegistrySearchGrain")]
public interface IOpenRegistrySearchGrain : IGrainWithStringKey
{
    /// <summary>The matching lines, newest issue first, then by registry number.</summary>
    [Alias("Search")]
    Task<IReadOnlyList<OpenRegistryItem>> SearchAsync(OpenRegistryFilter filter, CancellationToken cancellationToken = default);
}
