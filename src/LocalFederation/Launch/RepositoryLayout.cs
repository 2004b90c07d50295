using System.Reflection;

namespace Exchange.LocalFederation.Launch;

/// <summary>Where the checkout, the built hub and the seed and policy files are, seen from the running launcher.</summary>
internal sealed class RepositoryLayout
{
    private RepositoryLayout(string root, string configuration)
    {
        Root = root;
        HubOutputFolder = Path.Combine(root, "src", "Hub", "bin", configuration, "net10.0");
    }

    public string Root { get; }

    /// <summary>The hub's own build output (built by the launcher's project reference, in the same configuration).</summary>
    public string HubOutputFolder { get; }

    public string HubAssembly => Path.Combine(HubOutputFolder, "Exchange.Hub.dll");

    public string SeedFolder => Path.Combine(Root, "seed");

    public string DefaultDataFolder => Path.Combine(Root, "src", "LocalFederation", ".federation-data");

    public string PolicyFile(string country) => Path.Combine(Root, "policy", country + ".json");

    public string Script(string name) => Path.Combine(Root, "scripts", name);

    public static RepositoryLayout Locate()
    {
        var configuration = typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BuildConfiguration")?.Value ?? "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Exchange.sln")))
            {
                var layout = new RepositoryLayout(dir.FullName, configuration);
                if (!File.Exists(layout.HubAssembly) || !File.Exists(Path.Combine(layout.HubOutputFolder, "Exchange.Hub.runtimeconfig.json")))
                {
                    throw new FileNotFoundException(
                        $"The hub is not built at {layout.HubOutputFolder}; run the launcher with `dotnet run --project src/LocalFederation` (it builds the hub).");
                }

                return layout;
            }
        }

        throw new DirectoryNotFoundException($"No Exchange.sln above {AppContext.BaseDirectory}: run the launcher from the repository's build output.");
    }
}
