using System.Reflection;
using Exchange.Contracts.V1;
using Exchange.Hub.Hosting;
using Exchange.Hub.Mapping;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Services;

/// <summary>Who this hub is: public facts for any client, no authentication needed.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
internal sealed class HubInfoGrpcService(IOptions<HubOptions> options, HubStartTime started)
    : HubInfoService.HubInfoServiceBase
{
    private static readonly string ProductVersion =
        typeof(HubInfoGrpcService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public override Task<HubInfo> GetHubInfo(GetHubInfoRequest request, ServerCallContext context)
    {
        var hub = options.Value;
        var info = new HubInfo
        {
            HubId = hub.HubId,
            CountryCode = hub.Country,
            DisplayName = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = hub.DisplayName } } },
            Mode = hub.Mode == Hosting.HubMode.Cluster ? Contracts.V1.HubMode.Cluster : Contracts.V1.HubMode.Embedded,
            Version = ProductVersion,
            ApiVersion = "exchange.v1",
            StartedAt = Timestamp.FromDateTimeOffset(started.Value),
        };
        info.Frameworks.AddRange(FrameworkCapabilities.Describe());
        return Task.FromResult(info);
    }
}
