using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Registry;

[GenerateSerializer, Alias("exchange.InstitutionDirectoryState")]
public sealed class InstitutionDirectoryState
{
    [Id(0)]
    public Dictionary<string, InstitutionSummary> Institutions { get; set; } = new(StringComparer.Ordinal);
}

internal sealed class InstitutionDirectoryGrain(
    [PersistentState("institution-directory", HubStorage.Name)] IPersistentState<InstitutionDirectoryState> state)
    : Grain, IInstitutionDirectoryGrain
{
    public async Task UpsertAsync(InstitutionSummary summary)
    {
        state.State.Institutions[summary.InstitutionId] = summary;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<InstitutionSummary>> ListAsync() =>
        Task.FromResult<IReadOnlyList<InstitutionSummary>>([.. state.State.Institutions.Values.OrderBy(s => s.InstitutionId, StringComparer.Ordinal)]);
}
