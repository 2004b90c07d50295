using Exchange.Hub.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace Exchange.Hub.Credentials.Outside.Status;

/// <summary>A status list as read and verified: its purpose, its bits (index 0 = most significant bit of byte 0).</summary>
public sealed record StatusListSnapshot(string Purpose, byte[] Bits, DateTimeOffset FetchedAt);

/// <summary>Verified status lists per URL and the issuer they were verified for, kept for their ttl (the list's own,
/// else the configured lifetime), so a batch of credentials of one issuer costs one fetch. Failures are not kept: the
/// next read tries again.</summary>
public sealed class StatusListCache(TimeProvider time) : IDisposable
{
    private readonly MemoryCache _lists = BoundedMemoryCache.Create(256, time);

    public StatusListSnapshot? Find(Uri url, string issuerId) => _lists.TryGetValue((url.AbsoluteUri, issuerId), out StatusListSnapshot? list) ? list : null;

    public void Keep(Uri url, string issuerId, StatusListSnapshot list, TimeSpan lifetime) => _lists.Store((url.AbsoluteUri, issuerId), list, time.GetUtcNow() + lifetime);

    public void Dispose() => _lists.Dispose();
}
