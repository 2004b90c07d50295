using Exchange.Adapters.Recognition;
using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>One line of an institution's case list.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseListEntry")]
public sealed record CaseListEntry(
    [property: Id(0)] string CaseId,
    [property: Id(1)] long Version,
    [property: Id(2)] CaseStatus Status,
    [property: Id(3)] RecognitionPurpose Purpose,
    [property: Id(4)] DateTimeOffset ReceivedAt,
    [property: Id(5)] DateTimeOffset UpdatedAt)
{
    public static CaseListEntry From(RecognitionCaseState state) =>
        new(state.CaseId, state.Version, state.Status, state.Submission!.Purpose, state.ReceivedAt, state.UpdatedAt);
}

/// <summary>Filters of an institution's case list (recognition.proto ListRecognitionCasesRequest).</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseListQuery")]
public sealed record CaseListQuery(
    [property: Id(0)] IReadOnlyList<CaseStatus> Statuses,
    [property: Id(1)] RecognitionPurpose? Purpose,
    [property: Id(2)] DateTimeOffset? UpdatedSince,
    [property: Id(3)] int Offset,
    [property: Id(4)] int PageSize);

[GenerateSerializer, Immutable, Alias("exchange.CaseListPage")]
public sealed record CaseListPage(
    [property: Id(0)] IReadOnlyList<string> CaseIds,
    [property: Id(1)] int Total,
    [property: Id(2)] int? NextOffset);

/// <summary>The cases one requesting institution submitted, keyed by institution id: what ListRecognitionCases
/// needs, and nothing another institution can reach.</summary>
[Alias("exchange.IInstitutionCasesGrain")]
public interface IInstitutionCasesGrain : IGrainWithStringKey
{
    [Alias("Upsert")]
    Task UpsertAsync(CaseListEntry entry);

    [Alias("List")]
    Task<CaseListPage> ListAsync(CaseListQuery query);
}

[GenerateSerializer, Alias("exchange.InstitutionCasesState")]
public sealed class InstitutionCasesState
{
    [Id(0)] public Dictionary<string, CaseListEntry> Cases { get; set; } = [];
}

public sealed class InstitutionCasesGrain(
    [PersistentState("institution-cases", HubStorage.Name)] IPersistentState<InstitutionCasesState> store) : Grain, IInstitutionCasesGrain
{
    async Task IInstitutionCasesGrain.UpsertAsync(CaseListEntry entry)
    {
        if (store.State.Cases.TryGetValue(entry.CaseId, out var held) && held.Version >= entry.Version)
        {
            return;
        }

        store.State.Cases[entry.CaseId] = entry;
        await store.WriteStateAsync();
    }

    Task<CaseListPage> IInstitutionCasesGrain.ListAsync(CaseListQuery query)
    {
        var matching = store.State.Cases.Values
            .Where(c => (query.Statuses.Count == 0 || query.Statuses.Contains(c.Status))
                && (query.Purpose is not { } purpose || c.Purpose == purpose)
                && (query.UpdatedSince is not { } since || c.UpdatedAt >= since))
            .OrderByDescending(c => c.ReceivedAt).ThenBy(c => c.CaseId, StringComparer.Ordinal)
            .ToList();
        var page = matching.Skip(query.Offset).Take(query.PageSize).Select(c => c.CaseId).ToList();
        var next = query.Offset + page.Count < matching.Count ? query.Offset + page.Count : (int?)null;
        return Task.FromResult(new CaseListPage(page, matching.Count, next));
    }
}
