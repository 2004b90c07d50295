using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Hosting;

public sealed class HubConfigurationSpecs
{
    [Fact]
    public async Task A_bad_setting_stops_the_hub_at_start_with_a_message_naming_it()
    {
        var settings = HubProcessSettings.Fresh() with { Country = "Ukraine" };
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => HubProcess.StartAsync(settings));
        Assert.Contains("Hub:Country must be an ISO 3166-1 alpha-2 code", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cluster_mode_without_a_connection_string_is_refused_at_start()
    {
        var settings = HubProcessSettings.Fresh() with { Mode = "Cluster" };
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => HubProcess.StartAsync(settings));
        Assert.Contains("Hub:PostgresConnectionString is required when Hub:Mode is Cluster", failure.Message, StringComparison.Ordinal);
    }
}
