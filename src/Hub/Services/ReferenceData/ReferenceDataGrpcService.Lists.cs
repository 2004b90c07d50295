using Exchange.Contracts.V1;
using Exchange.Hub.Grains;
using Exchange.Hub.Grains.ReferenceData;
using Exchange.Hub.Mapping;
using Exchange.Hub.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Exchange.Hub.Services.ReferenceData;

/// <summary>The automatic recognition lists: administrators put them, any signed-in caller reads them.</summary>
internal sealed partial class ReferenceDataGrpcService
{
    [Authorize(Policy = HubPolicies.Admin)]
    public override async Task<AutomaticRecognitionList> PutAutomaticRecognitionList(PutAutomaticRecognitionListRequest request, ServerCallContext context)
    {
        AutomaticListValidation.Check(request.List, "list").ThrowIfAny();
        var stored = await ListsGrain.PutAsync(AutomaticListContract.ToEntry(request.List), Time.GetUtcNow());
        return AutomaticListContract.ToContract(stored);
    }

    public override async Task<ListAutomaticRecognitionListsResponse> ListAutomaticRecognitionLists(ListAutomaticRecognitionListsRequest request, ServerCallContext context)
    {
        var lists = await ListsGrain.ListAsync(request.IncludeInactive);
        return new ListAutomaticRecognitionListsResponse { Lists = { lists.Select(AutomaticListContract.ToContract) } };
    }

    private IAutomaticRecognitionListsGrain ListsGrain => Grains.Keyed<IAutomaticRecognitionListsGrain>(AutomaticRecognitionLists.Key);
}
