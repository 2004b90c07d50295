namespace Exchange.Hub.Tests.Infrastructure;

/// <summary>A clock standing still at a chosen instant; it moves only when a test says so.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
