using Exchange.Hub.Hosting;
using Orleans.Concurrency;

namespace Exchange.Hub.Grains.ReferenceData;

[GenerateSerializer, Alias("exchange.AutomaticListsState")]
public sealed class AutomaticListsState
{
    /// <summary>Every list ever put, withdrawn ones included, by id.</summary>
    [Id(0)]
    public List<AutomaticListEntry> Lists { get; set; } = [];
}

internal sealed class AutomaticRecognitionListsGrain(
    [PersistentState("automatic-recognition-lists", HubStorage.Name)] IPersistentState<AutomaticListsState> state)
    : Grain, IAutomaticRecognitionListsGrain
{
    public async Task<AutomaticListEntry> PutAsync(AutomaticListEntry list, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(list);
        var lists = state.State.Lists;
        var index = lists.FindIndex(l => string.Equals(l.ListId, list.ListId, StringComparison.Ordinal));
        if (index >= 0 && lists[index].SameContentAs(list))
        {
            // A repeat (a restarted seed, a retried request) is not a new version: decisions keep pointing at it.
            return lists[index];
        }

        var stored = list with { Version = index >= 0 ? lists[index].Version + 1 : 1, UpdatedAt = at };
        if (index >= 0)
        {
            lists[index] = stored;
        }
        else
        {
            lists.Add(stored);
            lists.Sort((a, b) => string.CompareOrdinal(a.ListId, b.ListId));
        }

        await state.WriteStateAsync();
        return stored;
    }

    // Read by every case at assessment time: reads interleave with one another.
    [ReadOnly]
    public Task<IReadOnlyList<AutomaticListEntry>> ListAsync(bool includeInactive) =>
        Task.FromResult<IReadOnlyList<AutomaticListEntry>>([.. state.State.Lists.Where(l => includeInactive || l.Active)]);
}
