using System.Diagnostics;

namespace Exchange.Hub.Tests.Infrastructure;

/// <summary>What one run of a Node.js script printed and how it ended.</summary>
public sealed record NodeRun(int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Everything the script said, for failure messages.</summary>
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{StdOut}\nstderr:\n{StdErr}";
}

/// <summary>
/// Runs the outside verifiers of scripts/node-client (verify-vc-jwt.mjs, validate-ob3.mjs, status-bit.mjs): checks
/// of what the hub publishes made with jose and Ajv, not with .NET, as a verifier elsewhere would make them. The
/// packages come from <c>npm ci</c> there (scripts/test.sh runs it); a missing node or install fails the test.
/// </summary>
public static class NodeScripts
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static string Folder => RepositoryRoot.Combine("scripts", "node-client");

    /// <summary>A file of the shared samples beside the checkout (../shared/samples), e.g. "ob3", "….json".</summary>
    public static string Sample(params string[] parts) =>
        Path.GetFullPath(Path.Combine([RepositoryRoot.Path, "..", "shared", "samples", .. parts]));

    public static Task<NodeRun> RunAsync(string script, params string[] args) => RunAsync(script, trustedCertificate: null, args);

    /// <summary>Runs the script trusting a hub's TLS certificate file as well (NODE_EXTRA_CA_CERTS), for a test hub
    /// that serves https with its self-signed certificate.</summary>
    public static Task<NodeRun> RunTrustingAsync(string certificateFile, string script, params string[] args) => RunAsync(script, certificateFile, args);

    private static async Task<NodeRun> RunAsync(string script, string? trustedCertificate, string[] args)
    {
        Assert.True(File.Exists(Path.Combine(Folder, script)), $"scripts/node-client has no {script}.");
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules", "jose")) && Directory.Exists(Path.Combine(Folder, "node_modules", "ajv")),
            "scripts/node-client has no node_modules with jose and ajv: run '(cd scripts/node-client && npm ci)' (scripts/test.sh does it).");

        var start = new ProcessStartInfo("node", [script, .. args])
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (trustedCertificate is not null)
        {
            start.Environment["NODE_EXTRA_CA_CERTS"] = trustedCertificate;
        }

        Process? node;
        try
        {
            node = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"node could not be started ({e.Message}): install Node.js (20 or later) and run '(cd scripts/node-client && npm ci)'.");
            throw;
        }

        using var process = node!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(Limit);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {script} {string.Join(' ', args)} did not end within {Limit.TotalSeconds:0} s.");
        }

        return new NodeRun(process.ExitCode, await output, await errors);
    }
}
