namespace Exchange.Hub.Federation.Auth;

/// <summary>
/// Remembers each caller's nonces for as long as their timestamps could still be accepted (twice the allowed
/// skew), so a captured request cannot be replayed; older entries are dropped, which keeps memory bounded by
/// the request rate times the window. The memory holds nothing from before <paramref name="rememberedSince"/>
/// (this process's start, or a grain's activation), so a request signed earlier is refused rather than trusted:
/// an earlier memory, now gone, may have accepted it.
/// </summary>
public sealed class NonceReplayGuard(TimeSpan window, TimeProvider time, DateTimeOffset rememberedSince)
{
    private readonly Dictionary<(string Caller, string Nonce), DateTimeOffset> _seen = [];
    private readonly Queue<((string Caller, string Nonce) Key, DateTimeOffset Expires)> _expiry = new();
    private readonly Lock _gate = new();

    // Timestamps carry whole seconds: a request signed in the second this memory began is not held against it.
    private readonly DateTimeOffset _since = new(rememberedSince.Ticks - (rememberedSince.Ticks % TimeSpan.TicksPerSecond), rememberedSince.Offset);

    public NonceOutcome Remember(string caller, string nonce, DateTimeOffset signedAt)
    {
        if (signedAt < _since)
        {
            return NonceOutcome.SignedBeforeMemory;
        }

        var now = time.GetUtcNow();
        lock (_gate)
        {
            while (_expiry.Count > 0 && _expiry.Peek().Expires <= now)
            {
                var (key, expires) = _expiry.Dequeue();
                if (_seen.TryGetValue(key, out var stored) && stored == expires)
                {
                    _seen.Remove(key);
                }
            }

            if (_seen.ContainsKey((caller, nonce)))
            {
                return NonceOutcome.Replayed;
            }

            var until = now + window;
            _seen[(caller, nonce)] = until;
            _expiry.Enqueue(((caller, nonce), until));
            return NonceOutcome.New;
        }
    }
}
