using System.Diagnostics;
using Exchange.LocalFederation.Launch;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>What a run of one of the Node.js verifiers answered.</summary>
internal sealed record NodeRun(int ExitCode, string StdOut, string StdErr);

/// <summary>
/// The repository's Node.js verifiers (<c>scripts/node-client</c>: jose, Ajv), run the way the README tells a person
/// to run them, from the repository root. They run only when <c>node</c> is on the PATH and the scripts' packages are
/// installed (<c>npm ci</c> there); otherwise the walkthrough prints the command and says it did not run it.
/// </summary>
internal sealed class NodeClient(RepositoryLayout layout)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public string ScriptsFolder => Path.Combine(layout.Root, "scripts", "node-client");

    /// <summary>Why the scripts cannot run here, or null when they can.</summary>
    public string? Unavailable() =>
        FindOnPath("node") is null ? "node is not on the PATH"
        : !Directory.Exists(Path.Combine(ScriptsFolder, "node_modules", "jose")) ? "the scripts' packages are not installed (run: cd scripts/node-client && npm ci)"
        : null;

    /// <summary>Runs <c>node scripts/node-client/&lt;script&gt; args…</c> from the repository root; a TLS certificate to trust
    /// (the hubs' are self-signed) goes in through NODE_EXTRA_CA_CERTS, as the printed command does.</summary>
    public async Task<NodeRun> RunAsync(string script, IReadOnlyList<string> args, string? extraCaCertificate, CancellationToken ct)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = layout.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine("scripts", "node-client", script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (extraCaCertificate is not null)
        {
            start.Environment["NODE_EXTRA_CA_CERTS"] = extraCaCertificate;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Limit);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return new NodeRun(-1, "", $"node {script} did not finish within {Limit.TotalSeconds:0} s.");
        }

        return new NodeRun(process.ExitCode, await stdout, await stderr);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
