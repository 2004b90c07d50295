using Exchange.Hub.Hosting;
using Exchange.Hub.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Exchange.Hub.Tests.Hosting;

/// <summary>compose/ cannot run here (no Docker engine), so these specs keep it consistent with the code by reading it.</summary>
public sealed class ComposeFileSpecs
{
    private static readonly YamlMappingNode Services = LoadServices();
    private static readonly string[] HubServices = ["hub-ua", "hub-kz", "hub-lv"];

    [Fact]
    public void Declares_postgres_and_one_hub_per_country()
    {
        var names = Services.Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToList();
        Assert.Equal(["postgres", "federation-init", "hub-ua", "hub-kz", "hub-lv"], names);
    }

    [Theory]
    [InlineData("hub-ua", "UA")]
    [InlineData("hub-kz", "KZ")]
    [InlineData("hub-lv", "LV")]
    public void Each_hub_gets_its_own_keys_a_federation_file_and_its_country_seed_and_policy(string service, string country)
    {
        var environment = Environment(service);
        Assert.Equal($"/keys/{service}", environment["Hub__KeysFolder"]);
        Assert.Equal($"/federation/{service}.json", environment["Hub__FederationFile"]);
        Assert.Equal($"https://{service}:5100", environment["Hub__PublicGrpcEndpoint"]);
        Assert.False(environment.ContainsKey("Hub__Plaintext"), "compose hubs listen on every address: they must serve TLS");
        Assert.Equal($"/app/seed/{country}", environment["Hub__SeedFolder"]);
        Assert.Equal($"/app/policy/{country}.json", environment["Hub__PolicyFile"]);
        Assert.True(Directory.Exists(RepositoryRoot.Combine("seed", country)));
        Assert.True(File.Exists(RepositoryRoot.Combine("policy", country + ".json")));
        Assert.Contains($"keys-{country.ToLowerInvariant()}:/keys/{service}", Volumes(service));
        Assert.Contains("federation:/federation:ro", Volumes(service));
    }

    [Fact]
    public void The_federation_init_script_pins_every_hub_to_the_other_two_with_the_keys_the_hubs_use()
    {
        var script = File.ReadAllText(RepositoryRoot.Combine("compose", "federation-init.sh"));
        var init = Volumes("federation-init");
        foreach (var service in HubServices)
        {
            Assert.Contains($"keys-{service[4..]}:/keys/{service}", init);
            Assert.Contains($"pin {service} ", script, StringComparison.Ordinal);
            var others = string.Join(' ', HubServices.Where(s => s != service));
            Assert.Contains($"federation_file {service} {others}", script, StringComparison.Ordinal);
        }

        Assert.Contains("Hub__KeysFolder=\"/keys/$1\"", script, StringComparison.Ordinal);
        // The endpoint's host goes into the certificate the pin command creates, so peers' https calls match its name.
        Assert.Contains("Hub__PublicGrpcEndpoint=\"https://$1:5100\"", script, StringComparison.Ordinal);
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
    public void The_hub_image_starts_the_runtime_as_every_hub_process_is_started()
    {
        var dockerfile = File.ReadAllLines(RepositoryRoot.Combine("compose", "Dockerfile"));
        Assert.All(HubRuntimeEnvironment.Variables, variable => Assert.Contains($"ENV {variable.Key}={variable.Value}", dockerfile));
    }

    [Fact]
    public void Hubs_keep_their_data_in_separate_databases()
    {
        var databases = HubServices
            .Select(s => Environment(s)["Hub__PostgresConnectionString"].Split(';').Single(p => p.StartsWith("Database=", StringComparison.Ordinal)))
            .ToList();
        Assert.Equal(3, databases.Distinct().Count());
    }

    private static List<string> Volumes(string service)
    {
        var node = (YamlMappingNode)Services.Children[new YamlScalarNode(service)];
        return [.. ((YamlSequenceNode)node.Children[new YamlScalarNode("volumes")]).Children.Select(v => ((YamlScalarNode)v).Value!)];
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
