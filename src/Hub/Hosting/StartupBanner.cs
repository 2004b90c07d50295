using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Hosting;

/// <summary>Logs where the hub can be reached once it has started, so a newcomer (and the tests that start real
/// hub processes) know which URL is gRPC and which is REST.</summary>
internal sealed partial class StartupBanner(
    IHostApplicationLifetime lifetime, IServer server, IOptions<HubOptions> options, ILogger<StartupBanner> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Announce);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Announce()
    {
        var hub = options.Value;
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
        var grpc = addresses.FirstOrDefault(a => a.EndsWith($":{hub.GrpcPort}", StringComparison.Ordinal)) ?? addresses.FirstOrDefault() ?? "?";
        var http = addresses.FirstOrDefault(a => a.EndsWith($":{hub.HttpPort}", StringComparison.Ordinal)) ?? addresses.LastOrDefault() ?? "?";
        LogReady(logger, hub.HubId, hub.Country, hub.Mode, grpc, http);
    }

    [LoggerMessage(EventId = 1, EventName = "HubReady", Level = LogLevel.Information,
        Message = "Hub {HubId} ({Country}, {Mode} mode) ready: gRPC (HTTP/2) at {GrpcUrl}, REST/JSON and health at {HttpUrl}")]
    private static partial void LogReady(ILogger logger, string hubId, string country, HubMode mode, string grpcUrl, string httpUrl);
}
