using Exchange.Hub.Federation.Resilience;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;

namespace Exchange.Hub.Tests.Federation;

public sealed class PeerCallPipelineSpecs : IDisposable
{
    private readonly PeerCallPipelines _pipelines = new(Options.Create(new PeerResilienceOptions
    {
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        MaxRetries = 3,
        BreakerMinimumThroughput = 4,
        BreakDuration = TimeSpan.FromMinutes(1),
    }), TimeProvider.System);

    [Fact]
    public async Task A_peer_that_is_briefly_unavailable_is_retried_until_it_answers()
    {
        var attempts = 0;
        var answer = await _pipelines.For("hub-ua").ExecuteAsync(_ =>
        {
            attempts++;
            return attempts < 3 ? throw Rpc(StatusCode.Unavailable) : ValueTask.FromResult("ok");
        });

        Assert.Equal("ok", answer);
        Assert.Equal(3, attempts);
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument)]
    [InlineData(StatusCode.PermissionDenied)]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.Unauthenticated)]
    public async Task A_peers_answer_is_never_retried(StatusCode code)
    {
        var attempts = 0;
        var failure = await Assert.ThrowsAsync<RpcException>(() => _pipelines.For("hub-ua").ExecuteAsync<string>(_ =>
        {
            attempts++;
            throw Rpc(code);
        }).AsTask());

        Assert.Equal(code, failure.StatusCode);
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task A_dead_peer_opens_its_own_circuit_and_leaves_other_peers_alone()
    {
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => _pipelines.For("hub-kz").ExecuteAsync<string>(_ => throw Rpc(StatusCode.Unavailable)).AsTask());
        }

        var attempts = 0;
        await Assert.ThrowsAsync<BrokenCircuitException>(() => _pipelines.For("hub-kz").ExecuteAsync<string>(_ =>
        {
            attempts++;
            return ValueTask.FromResult("ok");
        }).AsTask());
        Assert.Equal(0, attempts);

        Assert.Equal("ok", await _pipelines.For("hub-lv").ExecuteAsync(_ => ValueTask.FromResult("ok")));
    }

    public void Dispose() => _pipelines.Dispose();

    private static RpcException Rpc(StatusCode code) => new(new Status(code, code.ToString()));
}
