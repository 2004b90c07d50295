using Exchange.Contracts.V1;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Rpc;

namespace Exchange.Hub.Services.Registry;

/// <summary>
/// The open registry's search (no personal data in its entries), asked by the public through
/// <c>RegistryService.SearchOpenRegistry</c> and by peer hubs through <c>HubFederation.SearchOpenRegistry</c>.
/// </summary>
internal sealed class OpenRegistrySearch(IGrainFactory grains, TimeProvider time)
{
    public async Task<SearchOpenRegistryResponse> SearchAsync(SearchOpenRegistryRequest request)
    {
        var from = request.IssuedFrom?.ToDateTimeOffset();
        var to = request.IssuedTo?.ToDateTimeOffset();
        if (from is not null && to is not null && to <= from)
        {
            new FieldViolations().Add("issued_to", "issued_to must be after issued_from.").ThrowIfAny();
        }

        var now = time.GetUtcNow();
        IEnumerable<string> institutions = request.InstitutionId.Length > 0
            ? [request.InstitutionId]
            : (await grains.Keyed<IInstitutionDirectoryGrain>(RegistryDirectory.Key).ListAsync()).Select(i => i.InstitutionId);
        var lists = await Task.WhenAll(institutions.Select(i => grains.Keyed<IOpenRegistryGrain>(i).ListAsync()));
        var matching = lists.SelectMany(l => l)
            .Where(i => request.RegistryNumber.Length == 0 || i.Entry.RegistryNumber == request.RegistryNumber)
            .Where(i => request.ProgrammeId.Length == 0 || i.Entry.ProgrammeId == request.ProgrammeId)
            .Where(i => TextValue.AnyContains(i.Entry.Titles, request.TitleContains))
            .Where(i => (from is null || i.Entry.IssuedAt >= from) && (to is null || i.Entry.IssuedAt < to))
            .OrderByDescending(i => i.Entry.IssuedAt).ThenBy(i => i.Entry.RegistryNumber, StringComparer.Ordinal)
            .ToList();
        var (page, response) = QueryPaging.Slice(matching, request.Page,
            $"open|{request.RegistryNumber}|{request.InstitutionId}|{request.ProgrammeId}|{request.TitleContains}|{from:O}|{to:O}");
        var result = new SearchOpenRegistryResponse { Page = response };
        result.Entries.AddRange(page.Select(i => RegistryGrpcService.OpenEntry(i.Entry, i.StateAt(now))));
        return result;
    }
}
