using System.Collections.Concurrent;

namespace Exchange.Hub.Caching;

/// <summary>Room in a full cache whose entries expire: expired entries go first, then those closest to expiry, down to
/// nine tenths of the capacity, so that a full cache is not trimmed again at every insert.</summary>
internal static class ExpiringEntries
{
    public static void MakeRoom<TKey, TEntry>(ConcurrentDictionary<TKey, TEntry> entries, int capacity, DateTimeOffset now, Func<TEntry, DateTimeOffset> expiresAt)
        where TKey : notnull
    {
        foreach (var expired in entries.Where(e => expiresAt(e.Value) <= now).Select(e => e.Key).ToList())
        {
            entries.TryRemove(expired, out _);
        }

        var excess = entries.Count - (capacity * 9 / 10);
        foreach (var soonest in entries.OrderBy(e => expiresAt(e.Value)).Take(Math.Max(excess, 0)).Select(e => e.Key).ToList())
        {
            entries.TryRemove(soonest, out _);
        }
    }
}
