using System.Net;
using System.Text.Json;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Google.Rpc;
using Grpc.Core;

namespace Exchange.Hub.Tests.Security;

/// <summary>A hub with small budgets, so the specs reach them in a few calls.</summary>
public sealed class TightLimitsHubFixture : IAsyncLifetime
{
    private HubProcess? _hub;

    public HubProcess Hub => _hub ?? throw new InvalidOperationException("The hub has not started.");

    public async Task InitializeAsync() => _hub = await HubProcess.StartAsync(HubProcessSettings.Fresh("hub-limits", "UA") with
    {
        Extra = new Dictionary<string, string>
        {
            ["Hub__RateLimits__AnonymousBurst"] = "5",
            ["Hub__RateLimits__AnonymousPermitsPerSecond"] = "1",
            ["Hub__RateLimits__ShareCodeFailuresPerClient"] = "3",
            ["Hub__RateLimits__ShareCodeWindowSeconds"] = "600",
        },
    });

    public async Task DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }
}

/// <summary>
/// A caller over its budget is told so and told when to come back: 429 with Retry-After and a RetryInfo detail on
/// REST, RESOURCE_EXHAUSTED with RetryInfo on gRPC; share-code guessing stops after a few wrong codes.
/// </summary>
public sealed class RateLimitSpecs(TightLimitsHubFixture fixture) : IClassFixture<TightLimitsHubFixture>
{
    [Fact]
    public async Task Anonymous_calls_beyond_the_budget_are_refused_on_both_surfaces_with_a_retry_hint()
    {
        using var http = fixture.Hub.CreateHttpClient();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 20 && limited is null; i++)
        {
            var response = await http.GetAsync("/v1/hub/info");
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(limited);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        using (var body = JsonDocument.Parse(await limited.Content.ReadAsStringAsync()))
        {
            Assert.Equal(8, body.RootElement.GetProperty("code").GetInt32());
            Assert.Contains(body.RootElement.GetProperty("details").EnumerateArray(), d => d.GetProperty("@type").GetString()!.EndsWith("google.rpc.RetryInfo", StringComparison.Ordinal));
        }

        limited.Dispose();
        var info = new HubInfoService.HubInfoServiceClient(fixture.Hub.CreateChannel());
        var refused = await Assert.ThrowsAsync<RpcException>(() => info.GetHubInfoAsync(new GetHubInfoRequest()).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.True(refused.GetRpcStatus()!.GetDetail<RetryInfo>().RetryDelay.ToTimeSpan() >= TimeSpan.FromSeconds(1));
        Assert.Equal("RATE_LIMITED", refused.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
    }

    [Fact]
    public async Task A_caller_with_a_token_spends_its_own_budget_not_its_address()
    {
        var token = fixture.Hub.Token(new HubTokenRequest("admin-limits", HubRoles.Admin));
        var info = new HubInfoService.HubInfoServiceClient(fixture.Hub.CreateChannel(token));

        for (var i = 0; i < 20; i++)
        {
            await info.GetHubInfoAsync(new GetHubInfoRequest());
        }
    }

    [Fact]
    public async Task Wrong_share_codes_are_throttled_per_caller_after_a_few_tries()
    {
        // A caller with a token has its own share-code budget, apart from the anonymous address budget.
        var token = fixture.Hub.Token(new HubTokenRequest("guesser", HubRoles.Institution, InstitutionId: "UA-GUESS"));
        var verifier = new VerificationService.VerificationServiceClient(fixture.Hub.CreateChannel(token));
        var guess = new VerifyCredentialRequest
        {
            Shared = new SharedCredentialRef { IssuingHubId = fixture.Hub.Settings.HubId, CredentialId = "UA-CRED-00000000000000000bad", ShareCode = "guess" },
        };

        var codes = new List<StatusCode>();
        for (var i = 0; i < 5; i++)
        {
            codes.Add((await Assert.ThrowsAsync<RpcException>(() => verifier.VerifyCredentialAsync(guess).ResponseAsync)).StatusCode);
        }

        Assert.Equal([StatusCode.NotFound, StatusCode.NotFound, StatusCode.NotFound, StatusCode.ResourceExhausted, StatusCode.ResourceExhausted], codes);
        var refused = await Assert.ThrowsAsync<RpcException>(() => verifier.VerifyCredentialAsync(guess).ResponseAsync);
        Assert.Equal("SHARE_CODE_ATTEMPTS_EXHAUSTED", refused.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.NotNull(refused.GetRpcStatus()!.GetDetail<RetryInfo>());
    }
}
