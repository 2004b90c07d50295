using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Registry;

[GenerateSerializer, Alias("exchange.ProgrammeDirectoryState")]
public sealed class ProgrammeDirectoryState
{
    [Id(0)]
    public Dictionary<string, ProgrammeSummary> Programmes { get; set; } = new(StringComparer.Ordinal);
}

internal sealed class ProgrammeDirectoryGrain(
    [PersistentState("programme-directory", HubStorage.Name)] IPersistentState<ProgrammeDirectoryState> state)
    : Grain, IProgrammeDirectoryGrain
{
    public async Task UpsertAsync(ProgrammeSummary summary)
    {
        state.State.Programmes[summary.ProgrammeId] = summary;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<ProgrammeSummary>> ListAsync() =>
        Task.FromResult<IReadOnlyList<ProgrammeSummary>>([.. state.State.Programmes.Values.OrderBy(s => s.ProgrammeId, StringComparer.Ordinal)]);
}
