namespace Exchange.Hub.Tests.Recognition;

/// <summary>Real time plus an offset a test can move forward, so deadline logic runs without waiting months.</summary>
public sealed class ManualClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;

    public void Reset() => _offset = TimeSpan.Zero;
}
