using System.Diagnostics;
using System.Globalization;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.EndToEnd;

/// <summary>
/// The README's main job, run as a newcomer runs it: the launcher starts three real hubs, walks a credential from
/// Ukraine through an automatic decision in Kazakhstan and an officer's decision in Latvia, leaves a referred case in
/// hub-lv's queue and one before a commission at hub-kz, prints the consoles and the demo accounts, stops, and leaves no
/// hub running behind it.
/// </summary>
public sealed class LocalFederationWalkthroughSpecs
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task The_walkthrough_shows_an_automatic_KZ_decision_an_LV_referral_and_the_officers_decision_leaves_cases_for_the_consoles_then_stops_its_hubs()
    {
        var data = Path.Combine(Path.GetTempPath(), "exchange-tests", "local-federation-" + Guid.NewGuid().ToString("N"));
        var launcher = RepositoryRoot.Combine("src", "LocalFederation", "bin", RepositoryRoot.BuildConfiguration, "net10.0", "Exchange.LocalFederation.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { launcher, "--exit", "--random-ports", "--data", data })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"Launcher exited with {process.ExitCode}:\n{output}");
        Assert.Contains("hub-ua (UA) ready", output);
        Assert.Contains("KZ-KAZNU asks hub-kz to recognise it", output);
        Assert.Contains("HUB_ATTESTATION        PASSED", output);
        Assert.Contains("INSTITUTION_SIGNATURE  PASSED", output);
        Assert.Contains("DECIDED by hub-kz without an officer", output);
        Assert.Contains("FULL, decided by AUTOMATIC (hub-kz)", output);
        Assert.Contains("the learner's credential on hub-ua now shows: recognised FULL by hub-kz (KZ)", output);
        Assert.Contains("REFERRED to the officers of hub-lv: WORKLOAD", output);
        Assert.Contains("PARTIAL, decided by OFFICER (lv-officer-2)", output);
        Assert.Contains("waits in hub-lv's queue for an officer", output);
        Assert.Contains("put it before a commission of kz-commission-1, kz-commission-2, kz-commission-3", output);
        Assert.Matches(@"hub-lv  https://127\.0\.0\.1:\d+/console   case rc-\S+ waits in the queue: sign in as lv-officer", output);
        Assert.Matches(@"hub-kz  https://127\.0\.0\.1:\d+/console   case rc-\S+ is before a commission", output);
        Assert.Matches(@"hub-lv  lv-officer +lv-officer-Demo2026 ", output);
        Assert.Contains("Walkthrough complete; stopping the hubs", output);
        foreach (var hub in new[] { "hub-ua", "hub-kz", "hub-lv" })
        {
            var pid = int.Parse(await File.ReadAllTextAsync(Path.Combine(data, hub, "hub.pid")), CultureInfo.InvariantCulture);
            Assert.False(IsRunning(pid), $"{hub} (pid {pid}) still runs after the launcher ended.");
        }

        Directory.Delete(data, recursive: true);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
