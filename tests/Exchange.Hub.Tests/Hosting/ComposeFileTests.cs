using Exchange.Hub.Hosting;
using Exchange.Hub.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Exchange.Hub.Tests.Hosting;

/// <summary>compose/ cannot run here (no Docker engine), so these specs keep it consistent with the code by reading it.</summary>
public sealed class ComposeFileTests
{
    private static readonly YamlMappingNode Services = LoadServices();
    private static readonly string[] HubServices = ["hub-ua", "hub-kz", "hub-lv"];

    [Fact]
    public void Declares_postgres_and_one_hub_per_country()
    {
        var names = Services.Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToList();
        Assert.Equal(["postgres", "hub-ua", "hub-kz", "hub-lv"], names);
    }

    [Theory]
    [InlineData("hub-ua", "UA", "hub-ua")]
    [InlineData("hub-kz", "KZ", "hub-kz")]
    [InlineData("hub-lv", "LV", "hub-lv")]
    public void Each_hub_runs_in_cluster_mode_with_settings_the_hub_understands(string service, string country, string hubId)
    {
        var environment = Environment(service);
        var known = typeof(HubOptions).GetProperties().Select(p => $"{HubOptions.SectionName}__{p.Name}").ToHashSet();
        Assert.All(environment.Keys, key => Assert.Contains(key, known));
        Assert.Equal(country, environment["Hub__Country"]);
        Assert.Equal(hubId, environment["Hub__HubId"]);
        Assert.Equal(nameof(HubMode.Cluster), environment["Hub__Mode"]);
        Assert.Contains("Host=postgres", environment["Hub__PostgresConnectionString"], StringComparison.Ordinal);
        Assert.True(Enum.TryParse<HubMode>(environment["Hub__Mode"], out _));
    }

    [Fact]
    public void Hubs_keep_their_data_in_separate_databases()
    {
        var databases = HubServices
            .Select(s => Environment(s)["Hub__PostgresConnectionString"].Split(';').Single(p => p.StartsWith("Database=", StringComparison.Ordinal)))
            .ToList();
        Assert.Equal(3, databases.Distinct().Count());
    }

    private static Dictionary<string, string> Environment(string service)
    {
        var node = (YamlMappingNode)Services.Children[new YamlScalarNode(service)];
        var environment = (YamlMappingNode)node.Children[new YamlScalarNode("environment")];
        return environment.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!);
    }

    private static YamlMappingNode LoadServices()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(RepositoryRoot.Combine("compose", "compose.yaml"));
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return (YamlMappingNode)root.Children[new YamlScalarNode("services")];
    }
}
