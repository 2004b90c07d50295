using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;

namespace Exchange.Hub.Federation.Resilience;

/// <summary>
/// One resilience pipeline per peer hub: retry with jittered exponential backoff for transient gRPC failures,
/// a per-attempt timeout, and a circuit breaker of its own, so one dead peer fails fast without slowing calls
/// to the others. This is the only layer that retries peer calls (the gRPC channels have no retry policy).
/// </summary>
/// <param name="randomizer">The retry jitter's source of numbers in [0, 1); null keeps Polly's own random source.
/// Only a test passes one, to make the jittered delays exact.</param>
public sealed class PeerCallPipelines(IOptions<PeerResilienceOptions> options, TimeProvider time, Func<double>? randomizer = null)
    : IDisposable
{
    private readonly ResiliencePipelineRegistry<string> _registry = new(new ResiliencePipelineRegistryOptions<string>());

    public ResiliencePipeline For(string peerHubId) =>
        _registry.GetOrAddPipeline(peerHubId, (builder, _) => Build(builder, options.Value, time, randomizer));

    public void Dispose() => _registry.Dispose();

    private static void Build(ResiliencePipelineBuilder builder, PeerResilienceOptions o, TimeProvider time, Func<double>? randomizer)
    {
        builder.TimeProvider = time;
        var transient = new PredicateBuilder().Handle<Exception>(TransientPeerFailure.IsTransient);
        var retry = new RetryStrategyOptions
        {
            ShouldHandle = transient,
            MaxRetryAttempts = o.MaxRetries,
            Delay = o.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        };
        if (randomizer is not null)
        {
            retry.Randomizer = randomizer;
        }

        builder
            .AddRetry(retry)
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = o.BreakerFailureRatio,
                MinimumThroughput = o.BreakerMinimumThroughput,
                SamplingDuration = o.BreakerSamplingDuration,
                BreakDuration = o.BreakDuration,
            })
            .AddTimeout(o.AttemptTimeout);
    }
}
