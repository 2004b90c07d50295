using System.CommandLine;
using Exchange.LocalFederation.Launch;
using Exchange.LocalFederation.Load;
using Exchange.LocalFederation.Walkthrough;

namespace Exchange.LocalFederation;

/// <summary>The launcher's two jobs, on System.CommandLine (which also answers <c>--help</c>): the guided walkthrough
/// (the root command) and the load harness (<c>load</c>).</summary>
internal static class Commands
{
    public static RootCommand Create(TextWriter output)
    {
        var exit = new Option<bool>("--exit") { Description = "Stop the hubs once the walkthrough is done." };
        var randomPorts = new Option<bool>("--random-ports") { Description = "Free ports instead of the fixed ones the README uses." };
        var keep = new Option<bool>("--keep") { Description = "Keep the state of an earlier run instead of starting afresh.", Recursive = true };
        var data = new Option<string?>("--data") { Description = "Folder for the hubs' state and logs (default: data/ in the repository).", Recursive = true };
        var loadOptions = new LoadOptions.Definition();
        var load = new Command("load", "Measure three hubs under load (build with -c Release).");
        foreach (var option in loadOptions.All)
        {
            load.Options.Add(option);
        }

        load.SetAction((parsed, ct) =>
        {
            var (layout, folder) = Prepare(parsed);
            return LoadAsync(layout, folder, loadOptions.Read(parsed), output, ct);
        });
        var root = new RootCommand("A local federation of three hubs (UA, KZ, LV) on loopback and a guided cross-border walkthrough.")
        {
            exit, randomPorts, keep, data, load,
        };
        root.SetAction((parsed, ct) =>
        {
            var (layout, folder) = Prepare(parsed);
            return WalkthroughAsync(layout, folder, parsed.GetValue(exit), parsed.GetValue(randomPorts), output, ct);
        });
        return root;

        // The data folder is emptied first unless --keep.
        (RepositoryLayout Layout, string Data) Prepare(ParseResult parsed)
        {
            var layout = RepositoryLayout.Locate();
            var folder = Path.GetFullPath(parsed.GetValue(data) ?? layout.DefaultDataFolder);
            if (!parsed.GetValue(keep) && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            return (layout, folder);
        }
    }

    private static async Task<int> WalkthroughAsync(RepositoryLayout layout, string data, bool exit, bool randomPorts, TextWriter output, CancellationToken ct)
    {
        var say = new Narrator(output);
        say.Plain($"Starting a local federation of three hubs (UA, KZ, LV) in embedded mode; state and logs in {data}");
        await using var federation = await RunningFederation.StartAsync(layout, data, !randomPorts, null, ct, ConsoleTour.HubSettings);
        foreach (var hub in federation.Hubs)
        {
            say.Plain($"  {hub.HubId} ({hub.Country}) ready: gRPC {hub.GrpcAddress}, REST {hub.HttpAddress}; seeded from seed/{hub.Country}, policy/{hub.Country}.json; pins the other two");
        }

        var waiting = await new CrossBorderWalkthrough(federation, layout, say, TimeProvider.System).RunAsync(ct);
        await OutsideCredentialsAsync(federation, layout, data, say, waiting, ct);
        TryItYourself.Print(say, federation, layout);
        ConsoleTour.Print(say, federation, layout, waiting);
        if (exit)
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

    /// <summary>Credentials outside verifiers accept, and ones from outside: the Open Badge export and the decision
    /// credential checked with jose, then a demo issuer's badge trusted through hub-lv and assessed at hub-kz, and the
    /// other outside formats (a Data Integrity badge, a sealed European Digital Credential, a signed ELMO transcript).</summary>
    private static async Task OutsideCredentialsAsync(
        RunningFederation federation, RepositoryLayout layout, string data, Narrator say, WaitingCases waiting, CancellationToken ct)
    {
        var jose = new JoseCheck(layout, say);
        var exports = new OpenBadgeExportTour(federation, jose, data, say);
        await exports.ExportAsync(waiting.CredentialId, ct);
        await exports.DecisionCredentialAsync(waiting.AutomaticDecision, ct);
        var run = TimeProvider.System.GetUtcNow().ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        await new OutsideBadgeTour(federation, jose, data, say, TimeProvider.System).RunAsync(run, ct);
        await new OutsideFormatsTour(federation, jose, data, say, TimeProvider.System).RunAsync(run, ct);
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
        var summary = await new LoadHarness(federation, layout, options, output, TimeProvider.System).RunAsync(ct);
        output.WriteLine($"RESULT {options.Describe()}: {summary}");
        output.WriteLine($"       {summary.CpuPerCase}");
        return summary.Errors.Count == 0 ? 0 : 1;
    }
}
