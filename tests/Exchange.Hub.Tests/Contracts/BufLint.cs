using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Contracts;

/// <summary>One problem buf reports: a lint rule (COMMENT_FIELD, ENUM_VALUE_PREFIX, …) or COMPILE.</summary>
internal sealed record BufFinding(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("start_line")] int Line,
    [property: JsonPropertyName("type")] string Rule,
    [property: JsonPropertyName("message")] string Message);

/// <summary>What one <c>buf lint</c> run printed; <see cref="Output"/> is buf's text, for failure messages.</summary>
internal sealed record BufLintResult(int ExitCode, IReadOnlyList<BufFinding> Findings, string Output);

/// <summary>
/// Runs <c>buf lint protos</c> with the buf.yaml of a checkout. buf comes from the npm package
/// <c>@bufbuild/buf</c> in scripts/node-client, installed by <c>npm ci</c> as the Node.js client tests'
/// packages are, and started through <c>node</c> the same way; a missing install fails the test.
/// </summary>
internal static class BufLint
{
    public static async Task<BufLintResult> RunAsync(string workspace)
    {
        var buf = RepositoryRoot.Combine("scripts", "node-client", "node_modules", "@bufbuild", "buf", "bin", "buf");
        Assert.True(File.Exists(buf),
            "scripts/node-client has no @bufbuild/buf: run 'npm ci' there (scripts/test.sh does it).");

        var start = new ProcessStartInfo("node", [buf, "lint", "protos", "--error-format", "json"])
        {
            WorkingDirectory = workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        var printed = await output;
        var findings = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonSerializer.Deserialize<BufFinding>(line)!)
            .ToList();
        return new BufLintResult(process.ExitCode, findings, printed + await errors);
    }
}
