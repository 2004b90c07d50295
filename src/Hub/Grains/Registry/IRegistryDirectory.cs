namespace Exchange.Hub.Grains.Registry;

/// <summary>A hub-wide list of one kind of registry item, one stored row per item in the hub database, so a change
/// costs the same however long the list grows (implemented under Persistence/Indexes).</summary>
public interface IRegistryDirectory<T>
{
    /// <summary>Adds the item under <paramref name="id"/>, or replaces the one held there.</summary>
    Task UpsertAsync(string id, T item);

    /// <summary>Every item, ordered by id (code points).</summary>
    Task<IReadOnlyList<T>> ListAsync();
}
