using Exchange.Contracts.V1;
using Exchange.Hub.Grains;
using Exchange.Hub.Grains.ReferenceData;
using Exchange.Hub.Mapping;
using Exchange.Hub.Rpc;
using Exchange.Hub.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Exchange.Hub.Services.ReferenceData;

/// <summary>The quality-assurance register: agencies and review listings. Administrators write; any signed-in caller reads.</summary>
internal sealed partial class ReferenceDataGrpcService
{
    [Authorize(Policy = HubPolicies.Admin)]
    public override async Task<QualityAgency> PutQualityAgency(PutQualityAgencyRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var agency = QualityRegisterContract.ToAgency(request.Agency, violations);
        violations.ThrowIfAny();
        return QualityRegisterContract.ToContract(await Register().PutAgencyAsync(agency));
    }

    [Authorize(Policy = HubPolicies.Authenticated)]
    public override async Task<ListQualityAgenciesResponse> ListQualityAgencies(ListQualityAgenciesRequest request, ServerCallContext context)
    {
        if (request.CountryCode.Length > 0 && !QualityRegisterContract.IsCountryCode(request.CountryCode))
        {
            new FieldViolations().Add("country_code", "country_code must be an ISO 3166-1 alpha-2 code such as UA.").ThrowIfAny();
        }

        var register = await Register().SnapshotAsync();
        return new ListQualityAgenciesResponse
        {
            Agencies =
            {
                register.Agencies
                    .Where(a => request.CountryCode.Length == 0 || string.Equals(a.CountryCode, request.CountryCode, StringComparison.Ordinal))
                    .Select(QualityRegisterContract.ToContract),
            },
        };
    }

    [Authorize(Policy = HubPolicies.Admin)]
    public override async Task<QualityListing> RecordQualityListing(RecordQualityListingRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var listing = QualityRegisterContract.ToListing(request.Listing, violations);
        violations.ThrowIfAny();
        return QualityRegisterContract.ToContract(await Register().RecordListingAsync(listing));
    }

    [Authorize(Policy = HubPolicies.Authenticated)]
    public override async Task<ListQualityListingsResponse> ListQualityListings(ListQualityListingsRequest request, ServerCallContext context)
    {
        var register = await Register().SnapshotAsync();
        var listings = register.Listings
            .Where(l => request.InstitutionId.Length == 0 || string.Equals(l.InstitutionId, request.InstitutionId, StringComparison.Ordinal))
            .ToList();
        var (page, response) = QueryPaging.Slice(listings, request.Page, "quality-listings:" + request.InstitutionId);
        return new ListQualityListingsResponse { Listings = { page.Select(QualityRegisterContract.ToContract) }, Page = response };
    }

    private IQualityRegisterGrain Register() => Grains.Keyed<IQualityRegisterGrain>(QualityRegisterGrain.Key);
}
