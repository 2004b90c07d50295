using Exchange.LocalFederation.Launch;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>
/// Shows that what a hub signs verifies outside .NET: prints the exact command a person runs (jose's
/// <c>jwtVerify</c> against the JWKS the hub serves) and runs it when Node.js and the scripts' packages are here.
/// The hubs' TLS certificates are self-signed, so the command names the hub's certificate in NODE_EXTRA_CA_CERTS.
/// </summary>
internal sealed class JoseCheck(RepositoryLayout layout, Narrator say)
{
    private readonly NodeClient _node = new(layout);

    /// <returns>Whether jose verified it (false also when the check could not run here).</returns>
    public async Task<bool> VerifyAsync(string jwtFile, HubSpec hub, string issuer, CancellationToken ct)
    {
        var jwks = issuer + "/.well-known/jwks.json";
        say.Line($"verify it from outside .NET (jose, against the keys {hub.HubId} publishes):");
        say.Detail($"NODE_EXTRA_CA_CERTS={Shown(hub.TlsCertificateFile)} node scripts/node-client/verify-vc-jwt.mjs {Shown(jwtFile)} {jwks} --issuer {issuer}");
        if (_node.Unavailable() is { } why)
        {
            say.Line($"not run here: {why}");
            return false;
        }

        var run = await _node.RunAsync("verify-vc-jwt.mjs", [jwtFile, jwks, "--issuer", issuer], hub.TlsCertificateFile, ct);
        if (run.ExitCode != 0)
        {
            say.Line($"jose: NOT VERIFIED (exit {run.ExitCode}): {FirstLine(run.StdErr)}");
            return false;
        }

        var verified = System.Text.Json.Nodes.JsonNode.Parse(run.StdOut);
        say.Line($"jose: VERIFIED (exit 0): alg {verified?["header"]?["alg"]}, kid {verified?["header"]?["kid"]} found in {jwks}; iss {verified?["payload"]?["iss"]}");
        return true;
    }

    /// <summary>Prints and, when it can, runs the status check of a Bitstring Status List entry (jose verifies the list too).</summary>
    public async Task StatusAsync(string statusListUrl, string index, HubSpec hub, string issuer, CancellationToken ct)
    {
        var jwks = issuer + "/.well-known/jwks.json";
        say.Line("its revocation status, read from the signed status list the same way:");
        say.Detail($"NODE_EXTRA_CA_CERTS={Shown(hub.TlsCertificateFile)} node scripts/node-client/status-bit.mjs {statusListUrl} {jwks} {index}");
        if (_node.Unavailable() is not null)
        {
            say.Line("not run here (see above)");
            return;
        }

        var run = await _node.RunAsync("status-bit.mjs", [statusListUrl, jwks, index], hub.TlsCertificateFile, ct);
        say.Line(run.ExitCode == 0
            ? $"status-bit: {run.StdOut.Trim()} (bit {index} of the list; set would mean revoked)"
            : $"status-bit: could not read the list (exit {run.ExitCode}): {FirstLine(run.StdErr)}");
    }

    /// <summary>A path as the printed command shows it: relative to the repository root when inside it.</summary>
    public string Shown(string path)
    {
        var relative = Path.GetRelativePath(layout.Root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private static string FirstLine(string text) => text.Trim().Split('\n')[0];
}
