using Exchange.Hub.Federation.Auth;
using Exchange.Hub.Hosting;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Grains.Federation;

/// <summary>
/// Remembers nonces of one caller share for all silos of this hub, without a database write: its memory begins at
/// its activation, and a request signed before that is refused as signed-before-memory (the caller signs again). So
/// an activation that replaces one lost with its silo cannot be fooled by what the lost one had accepted. It is not
/// collected until a day idle (its memory is bounded by the window anyway): a new activation costs the calls in flight one
/// retry, and a peer whose clock lags ours by d a refusal for d, so activations should happen only when a silo goes.
/// </summary>
internal sealed class ReplayWindowGrain : Grain, IReplayWindowGrain
{
    private static readonly TimeSpan KeptAlive = TimeSpan.FromDays(1);
    private readonly NonceReplayGuard _memory;
    private string _caller = "";

    public ReplayWindowGrain(IOptions<HubOptions> hub, TimeProvider time)
    {
        _memory = new NonceReplayGuard(2 * TimeSpan.FromSeconds(hub.Value.FederationClockSkewSeconds), time, time.GetUtcNow());
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _caller = ClusterNonceMemory.CallerOf(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public Task<NonceOutcome> RememberAsync(string nonce, DateTimeOffset signedAt)
    {
        DelayDeactivation(KeptAlive);
        return Task.FromResult(_memory.Remember(_caller, nonce, signedAt));
    }
}
