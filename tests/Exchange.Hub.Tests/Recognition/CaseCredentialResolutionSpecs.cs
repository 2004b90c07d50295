using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>The case's resolver is a constructor dependency the container fills, or leaves out when the hub has none.</summary>
public sealed class CaseCredentialResolutionSpecs
{
    private static readonly CredentialByReference Source = new("hub-ua", "cred-1", "share");

    [Fact]
    public async Task Without_a_registered_resolver_the_credential_is_unavailable_so_the_case_waits()
    {
        using var services = Container(resolver: null);

        var resolved = await services.GetRequiredService<CaseCredentialResolution>().ResolveAsync(Source, "learner", CancellationToken.None);

        var check = Assert.Single(resolved.Verification.Checks);
        Assert.Equal(CheckResult.Unavailable, check.Result);
        Assert.Contains("no credential resolver configured", check.Detail, StringComparison.Ordinal);
        Assert.Equal(VerificationVerdict.Indeterminate, resolved.Verification.Verdict);
    }

    [Fact]
    public async Task The_registered_resolver_answers_and_its_failure_becomes_unavailable()
    {
        var resolver = new TestCredentialResolver();
        using var services = Container(resolver);

        var resolved = await services.GetRequiredService<CaseCredentialResolution>().ResolveAsync(Source, "learner", CancellationToken.None);

        var check = Assert.Single(resolved.Verification.Checks);
        Assert.Equal(CheckResult.Unavailable, check.Result);
        Assert.Contains("hub-ua is unreachable", check.Detail, StringComparison.Ordinal);
        Assert.Equal("cred-1", resolved.Verification.CredentialId);
    }

    private static ServiceProvider Container(ICredentialResolver? resolver)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton<CaseCredentialResolution>();
        if (resolver is not null)
        {
            services.AddSingleton(resolver);
        }

        return services.BuildServiceProvider();
    }
}
