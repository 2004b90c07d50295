namespace Exchange.Hub.Grains.Registry;

/// <summary>Moves what an earlier hub kept as one grain state holding a whole list into the rows that now hold it, once,
/// when the grain first activates after the upgrade; the emptied state is cleared, so later activations find nothing.</summary>
internal static class LegacyDirectoryState
{
    public static async Task MoveAsync<TState, T>(IPersistentState<TState> legacy, IReadOnlyCollection<T> items, Func<T, Task> store)
    {
        if (!legacy.RecordExists)
        {
            return;
        }

        await Task.WhenAll(items.Select(store));
        await legacy.ClearStateAsync();
    }
}
