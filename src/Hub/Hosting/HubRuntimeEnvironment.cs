namespace Exchange.Hub.Hosting;

/// <summary>
/// .NET runtime settings a hub process is started with (by the local federation, the tests and the container
/// image), which only the environment can give: the runtime reads them before any of the hub's code runs.
/// </summary>
public static class HubRuntimeEnvironment
{
    /// <summary>
    /// Tiered compilation moves hot methods to optimised, profile-guided code only after 100 ms without new methods
    /// being compiled; a hub under load keeps compiling new ones for a long while, so it ran unoptimised code for
    /// 20–40 s (a third of its steady-state throughput). Zero starts counting calls at once.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Variables = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["DOTNET_TC_CallCountingDelayMs"] = "0",
    };
}
