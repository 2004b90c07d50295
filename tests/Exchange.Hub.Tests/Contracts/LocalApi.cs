using Exchange.Contracts.V1;
using Google.Protobuf.Reflection;

namespace Exchange.Hub.Tests.Contracts;

/// <summary>The services of a hub's local API (everything but the hub-to-hub HubFederation).</summary>
internal static class LocalApi
{
    public static readonly ServiceDescriptor[] Services =
    [
        HubInfoService.Descriptor, RegistryService.Descriptor, IssuingService.Descriptor, VerificationService.Descriptor,
        RecognitionService.Descriptor, ReviewService.Descriptor, FederationStatusService.Descriptor,
    ];

    public static IEnumerable<MethodDescriptor> Methods => Services.SelectMany(s => s.Methods);
}
