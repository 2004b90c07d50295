namespace Exchange.Hub.Tests.Registry;

/// <summary>A clock the tests move by hand; only ever forward, so tests sharing it stay independent.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
