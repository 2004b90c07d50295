using System.Diagnostics;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>scripts/pg.sh behaviour that needs no running server.</summary>
public sealed class PgScriptSpecs
{
    [Fact]
    public async Task Missing_binaries_fail_with_the_install_hint()
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "scripts", "pg.sh"));
        startInfo.ArgumentList.Add("start");
        startInfo.ArgumentList.Add(Path.Combine(Path.GetTempPath(), "exchange-pg-missing-" + Guid.NewGuid().ToString("N")));
        startInfo.ArgumentList.Add("5999");
        // Simulates a machine without PostgreSQL: the script must stop before touching anything.
        startInfo.Environment["PG_BIN"] = "/nonexistent/postgresql/bin";

        using var process = Process.Start(startInfo)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("apt-get install -y postgresql", stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }
}
