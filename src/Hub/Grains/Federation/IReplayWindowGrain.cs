using Exchange.Hub.Federation.Auth;

namespace Exchange.Hub.Grains.Federation;

/// <summary>The cluster-wide nonce memory for one share of one caller hub's nonces (key: <c>caller/share</c>); held
/// in memory only, never stored.</summary>
[Alias("exchange.IReplayWindowGrain")]
public interface IReplayWindowGrain : IGrainWithStringKey
{
    [Alias("Remember")]
    Task<NonceOutcome> RememberAsync(string nonce, DateTimeOffset signedAt);
}
