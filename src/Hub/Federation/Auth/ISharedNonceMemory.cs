namespace Exchange.Hub.Federation.Auth;

/// <summary>A replay memory every silo of this hub consults, so a request accepted by one silo is refused by the
/// others (cluster mode).</summary>
public interface ISharedNonceMemory
{
    Task<NonceOutcome> RememberAsync(string caller, string nonce, DateTimeOffset signedAt);
}
