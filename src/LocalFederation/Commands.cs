using Exchange.LocalFederation.Launch;
using Exchange.LocalFederation.Load;
using Exchange.LocalFederation.Walkthrough;

namespace Exchange.LocalFederation;

/// <summary>The launcher's two jobs: the guided walkthrough (default) and the load harness.</summary>
internal static class Commands
{
    public const string Usage = """
        usage: dotnet run --project src/LocalFederation [-- [--exit] [--keep] [--data DIR] [--random-ports]]
               dotnet run -c Release --project src/LocalFederation -- load [--seconds 20] [--warmup 5] [--rate N]
                          [--concurrency N] [--mode embedded|cluster] [--credentials N] [--universities N] [--data DIR]
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        var load = args.Length > 0 && args[0] == "load";
        var options = Parse(load ? args[1..] : args);
        var layout = RepositoryLayout.Locate();
        var data = Path.GetFullPath(options.GetValueOrDefault("--data", layout.DefaultDataFolder));
        if (!options.ContainsKey("--keep") && Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        return load
            ? await LoadAsync(layout, data, LoadOptions.Parse(options), output, ct)
            : await WalkthroughAsync(layout, data, options, output, ct);
    }

    private static async Task<int> WalkthroughAsync(RepositoryLayout layout, string data, Dictionary<string, string> options, TextWriter output, CancellationToken ct)
    {
        var say = new Narrator(output);
        say.Plain($"Starting a local federation of three hubs (UA, KZ, LV) in embedded mode; state and logs in {data}");
        await using var federation = await RunningFederation.StartAsync(layout, data, !options.ContainsKey("--random-ports"), null, ct);
        foreach (var hub in federation.Hubs)
        {
            say.Plain($"  {hub.HubId} ({hub.Country}) ready: gRPC {hub.GrpcAddress}, REST {hub.HttpAddress}; seeded from seed/{hub.Country}, policy/{hub.Country}.json; pins the other two");
        }

        await new CrossBorderWalkthrough(federation, layout, say).RunAsync(ct);
        TryItYourself.Print(say, federation, layout);
        if (options.ContainsKey("--exit"))
        {
            say.Plain("Walkthrough complete; stopping the hubs (--exit).");
            return 0;
        }

        say.Plain("The hubs keep running; press Ctrl+C to stop them.");
        while (true)
        {
            // Ctrl+C or SIGTERM cancels the delay; the hubs are stopped on the way out.
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
            if (federation.AnyExited(out var exited))
            {
                say.Plain($"{exited} has stopped (see its hub.log); stopping the others.");
                return 1;
            }
        }
    }

    private static async Task<int> LoadAsync(RepositoryLayout layout, string data, LoadOptions options, TextWriter output, CancellationToken ct)
    {
        output.WriteLine($"Load: {options.Describe()}; {Environment.ProcessorCount} CPUs; data in {data}");
        await using var postgres = options.Cluster
            ? await ThrowawayPostgres.StartAsync(layout.Script("pg.sh"), Path.Combine(Path.GetTempPath(), "exchange-load-pg-" + Guid.NewGuid().ToString("N")[..8]), PortPlan.For(1, false)[0].Grpc, ct)
            : null;
        // Cluster mode: one PostgreSQL, each hub its own Orleans cluster and service id (its hub id) in it.
        await using var federation = await RunningFederation.StartAsync(layout, data, false, postgres is null ? null : _ => postgres.ConnectionString, ct,
            LoadHubSettings.LiftedRateLimits);
        var summary = await new LoadHarness(federation, layout, options, output).RunAsync(ct);
        output.WriteLine($"RESULT {options.Describe()}: {summary}");
        output.WriteLine($"       {summary.CpuPerCase}");
        return summary.Errors.Count == 0 ? 0 : 1;
    }

    private static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[args[i]] = hasValue ? args[++i] : "true";
        }

        return options;
    }
}
