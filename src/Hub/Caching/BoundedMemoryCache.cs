using Microsoft.Extensions.Caching.Memory;

namespace Exchange.Hub.Caching;

/// <summary>
/// A <see cref="MemoryCache"/> bounded by its number of entries. Every entry is stored with size 1; a full cache
/// stores nothing new and compacts itself — expired entries first, then the least recently used — down to nine
/// tenths, so that it is not compacted again at every insert.
/// </summary>
internal static class BoundedMemoryCache
{
    public static MemoryCache Create(int capacity, TimeProvider time) => new(new MemoryCacheOptions
    {
        SizeLimit = capacity,
        CompactionPercentage = 0.1,
        Clock = new TimeProviderClock(time),
    });

    /// <summary>Stores <paramref name="value"/> until <paramref name="expiresAt"/> (on the cache's clock), or
    /// forever when it is null.</summary>
    public static void Store(this MemoryCache cache, object key, object value, DateTimeOffset? expiresAt)
    {
        using var entry = cache.CreateEntry(key);
        entry.Value = value;
        entry.Size = 1;
        entry.AbsoluteExpiration = expiresAt;
    }
}
