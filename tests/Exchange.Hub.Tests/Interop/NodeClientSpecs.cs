using System.Diagnostics;
using Exchange.Hub.Tests.Hosting;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Interop;

/// <summary>The contracts work from another language: the Node.js gRPC stack loads protos/ and calls a real hub.</summary>
public sealed class NodeClientSpecs(EmbeddedHubFixture fixture) : IClassFixture<EmbeddedHubFixture>
{
    [Fact]
    public async Task A_node_grpc_js_client_loads_every_proto_and_reads_the_hub_info()
    {
        var clientFolder = RepositoryRoot.Combine("scripts", "node-client");
        Assert.True(Directory.Exists(Path.Combine(clientFolder, "node_modules")),
            "scripts/node-client has no node_modules: run 'npm ci' there (scripts/test.sh does it).");

        // Over TLS, trusting the certificate file the hub created, as a client of a national centre would be given it.
        var certificate = Path.Combine(fixture.Hub.Settings.EffectiveKeysFolder, Exchange.Hub.Security.Transport.ServerCertificate.CertificateFileName);
        var start = new ProcessStartInfo("node", ["check.mjs", $"127.0.0.1:{fixture.Hub.Settings.GrpcPort}", certificate])
        {
            WorkingDirectory = clientFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        var printed = await output;
        Assert.True(node.ExitCode == 0, $"node exited with {node.ExitCode}:\n{printed}\n{await errors}");
        foreach (var service in new[] { "HubInfoService", "RegistryService", "IssuingService", "RecognitionService", "ReviewService", "HubFederation" })
        {
            Assert.Contains($"\"{service}\"", printed, StringComparison.Ordinal);
        }

        Assert.Contains("\"hubId\":\"hub-embedded\"", printed, StringComparison.Ordinal);
        Assert.Contains("\"mode\":\"HUB_MODE_EMBEDDED\"", printed, StringComparison.Ordinal);
    }
}
