using Exchange.Contracts.V1;

namespace Exchange.Hub.Services.ReferenceData;

/// <summary>
/// The national centre's reference data for the rules: the quality-assurance register (agencies and review
/// listings) and the automatic recognition lists. Administrators write; signed-in callers read. Each area's
/// RPCs live in their own part of this class.
/// </summary>
internal sealed partial class ReferenceDataGrpcService(IGrainFactory grains, TimeProvider time) : ReferenceDataService.ReferenceDataServiceBase
{
    // The parts read these; kept here so the parts share one constructor.
    private IGrainFactory Grains => grains;

    private TimeProvider Time => time;
}
