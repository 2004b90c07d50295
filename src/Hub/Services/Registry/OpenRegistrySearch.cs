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
    public async Task<SearchOpenRegistryResponse> SearchAsync(SearchOpenRegistryRequest request, CancellationToken cancellationToken)
    {
        var from = request.IssuedFrom?.ToDateTimeOffset();
        var to = request.IssuedTo?.ToDateTimeOffset();
        if (from is not null && to is not null && to <= from)
        {
            new FieldViolations().Add("issued_to", "issued_to must be after issued_from.").ThrowIfAny();
        }

        var now = time.GetUtcNow();
        var matching = await grains.Keyed<IOpenRegistrySearchGrain>(RegistryDirectory.Key).SearchAsync(new OpenRegistryFilter(
            request.InstitutionId, request.ProgrammeId, request.RegistryNumber, from, to, request.TitleContains), cancellationToken);
        var (page, response) = QueryPaging.Slice(matching, request.Page,
            $"open|{request.RegistryNumber}|{request.InstitutionId}|{request.ProgrammeId}|{request.TitleContains}|{from:O}|{to:O}");
        var result = new SearchOpenRegistryResponse { Page = response };
        result.Entries.AddRange(page.Select(i => RegistryGrpcService.OpenEntry(i.Entry, i.StateAt(now))));
        return result;
    }
}
