using Exchange.Hub.Credentials.Outside;

namespace Exchange.Hub.Tests.Outside;

/// <summary>A trust list held in memory, so the reader's specs need no registry (the registry's is helper D's).</summary>
public sealed class InMemoryIssuerTrust(params TrustedIssuer[] issuers) : IOutsideIssuerTrust
{
    private readonly Dictionary<string, TrustedIssuer> _issuers = issuers.ToDictionary(i => i.IssuerId, StringComparer.Ordinal);

    public Task<TrustedIssuer?> FindAsync(string issuerId, CancellationToken cancellationToken) =>
        Task.FromResult(_issuers.GetValueOrDefault(issuerId));
}
