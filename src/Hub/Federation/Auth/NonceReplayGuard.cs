namespace Exchange.Hub.Federation.Auth;

/// <summary>
/// Remembers each caller's nonces for as long as their timestamps could still be accepted (twice the allowed
/// skew), so a captured request cannot be replayed; older entries are dropped, which keeps memory bounded by
/// the request rate times the window.
/// </summary>
public sealed class NonceReplayGuard(TimeSpan window, TimeProvider time)
{
    private readonly Dictionary<(string Caller, string Nonce), DateTimeOffset> _seen = [];
    private readonly Queue<((string Caller, string Nonce) Key, DateTimeOffset Expires)> _expiry = new();
    private readonly Lock _gate = new();

    /// <summary>True the first time a caller uses a nonce inside the window; false for a replay.</summary>
    public bool TryRemember(string caller, string nonce)
    {
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
                return false;
            }

            var until = now + window;
            _seen[(caller, nonce)] = until;
            _expiry.Enqueue(((caller, nonce), until));
            return true;
        }
    }
}
