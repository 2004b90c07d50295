using Exchange.Hub.Federation.Resilience;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Testing;
using Polly.Timeout;

namespace Exchange.Hub.Tests.Federation;

/// <summary>
/// The peer pipeline as built from <see cref="PeerResilienceOptions"/>: which strategies, in which order, with which
/// options (read back with Polly.Testing), and the retry delays it waits when its jitter is fed fixed numbers.
/// </summary>
public sealed class PeerCallPipelineCompositionSpecs
{
    private static readonly PeerResilienceOptions Configured = new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(7),
        MaxRetries = 4,
        RetryBaseDelay = TimeSpan.FromMilliseconds(250),
        BreakerFailureRatio = 0.4,
        BreakerMinimumThroughput = 12,
        BreakerSamplingDuration = TimeSpan.FromSeconds(40),
        BreakDuration = TimeSpan.FromSeconds(20),
    };

    [Fact]
    public void A_peer_call_is_retried_outside_its_breaker_and_each_attempt_has_its_own_timeout()
    {
        using var pipelines = new PeerCallPipelines(Options.Create(Configured), TimeProvider.System);

        var strategies = pipelines.For("hub-ua").GetPipelineDescriptor().Strategies;

        Assert.Collection(strategies,
            s => Assert.IsType<RetryStrategyOptions>(s.Options),
            s => Assert.IsType<CircuitBreakerStrategyOptions>(s.Options),
            s => Assert.IsType<TimeoutStrategyOptions>(s.Options));
    }

    [Fact]
    public void The_strategies_carry_the_configured_resilience_options()
    {
        using var pipelines = new PeerCallPipelines(Options.Create(Configured), TimeProvider.System);

        var strategies = pipelines.For("hub-ua").GetPipelineDescriptor().Strategies;

        var retry = Assert.IsType<RetryStrategyOptions>(strategies[0].Options);
        Assert.Equal(4, retry.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(250), retry.Delay);
        Assert.Equal(DelayBackoffType.Exponential, retry.BackoffType);
        Assert.True(retry.UseJitter);

        var breaker = Assert.IsType<CircuitBreakerStrategyOptions>(strategies[1].Options);
        Assert.Equal(0.4, breaker.FailureRatio);
        Assert.Equal(12, breaker.MinimumThroughput);
        Assert.Equal(TimeSpan.FromSeconds(40), breaker.SamplingDuration);
        Assert.Equal(TimeSpan.FromSeconds(20), breaker.BreakDuration);

        var timeout = Assert.IsType<TimeoutStrategyOptions>(strategies[2].Options);
        Assert.Equal(TimeSpan.FromSeconds(7), timeout.Timeout);
    }

    [Fact]
    public void The_hubs_container_builds_the_pipelines_with_Pollys_own_randomizer()
    {
        using var container = new ServiceCollection()
            .AddSingleton(Options.Create(Configured))
            .AddSingleton(TimeProvider.System)
            .AddSingleton<PeerCallPipelines>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var strategies = container.GetRequiredService<PeerCallPipelines>().For("hub-ua").GetPipelineDescriptor().Strategies;

        Assert.Equal(Configured.MaxRetries, Assert.IsType<RetryStrategyOptions>(strategies[0].Options).MaxRetryAttempts);
        Assert.Equal(new RetryStrategyOptions().Randomizer, Assert.IsType<RetryStrategyOptions>(strategies[0].Options).Randomizer);
    }

    // Polly's decorrelated jitter on a 100 ms base: delay n = (f(n + r) - f(n - 1 + r)) / 1.4 * 100 ms with
    // f(t) = 2^t * tanh(sqrt(4t)) and r the randomizer's number; Task.Delay starts its timer on whole milliseconds.
    [Theory]
    [InlineData(0.5, new[] { 89, 109, 203 })]
    [InlineData(0.9, new[] { 127, 137, 267 })]
    public async Task With_fixed_jitter_a_failing_peer_is_retried_after_exact_growing_delays(double random, int[] delaysMs)
    {
        var time = new RetryDelayRecorder(ignoredDueTime: TimeSpan.FromMinutes(1));
        using var pipelines = new PeerCallPipelines(Options.Create(new PeerResilienceOptions
        {
            AttemptTimeout = TimeSpan.FromMinutes(1),
            MaxRetries = 3,
            RetryBaseDelay = TimeSpan.FromMilliseconds(100),
            BreakerMinimumThroughput = 100,
        }), time, randomizer: () => random);

        var attempts = 0;
        await Assert.ThrowsAsync<RpcException>(() => pipelines.For("hub-ua").ExecuteAsync<string>(_ =>
        {
            attempts++;
            throw new RpcException(new Status(StatusCode.Unavailable, "down"));
        }).AsTask());

        Assert.Equal(4, attempts);
        Assert.Equal(delaysMs.Select(ms => TimeSpan.FromMilliseconds(ms)), time.Delays);
    }

    /// <summary>The system clock, noting the due time of every timer it starts except the attempt timeout's.</summary>
    private sealed class RetryDelayRecorder(TimeSpan ignoredDueTime) : TimeProvider
    {
        private readonly List<TimeSpan> _delays = [];

        public IReadOnlyList<TimeSpan> Delays
        {
            get { lock (_delays) { return [.. _delays]; } }
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime != ignoredDueTime && dueTime != Timeout.InfiniteTimeSpan)
            {
                lock (_delays) { _delays.Add(dueTime); }
            }

            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}
